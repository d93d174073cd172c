// DataLoaders of the history subgraph, created per request.
import { entityLoader } from '@baeumteo/server';
import type { Repos } from './context.ts';

export function createLoaders(repo: Repos) {
  return {
    certificateById: entityLoader(
      (ids: readonly string[]) => repo.certificates.byIds(ids),
      (c) => c.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

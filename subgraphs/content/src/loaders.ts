// DataLoaders of the content subgraph, created per request.
import { entityLoader, groupLoader } from '@baeumteo/server';
import type { Repos } from './context.ts';

export function createLoaders(repo: Repos) {
  return {
    contentById: entityLoader(
      (ids: readonly string[]) => repo.contents.byIds(ids),
      (c) => c.id,
    ),
    stepsByPath: groupLoader(
      (ids: readonly string[]) => repo.paths.stepsOf(ids),
      (s) => s.pathId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

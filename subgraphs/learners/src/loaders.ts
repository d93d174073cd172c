import { entityLoader } from '@baeumteo/server';
import type { citiesRepo } from './repo/cities.ts';

export function createLoaders(repo: { cities: ReturnType<typeof citiesRepo> }) {
  return {
    cityById: entityLoader(
      (ids: readonly string[]) => repo.cities.byIds(ids),
      (city) => city.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

// DataLoaders of the learners subgraph, created per request.
import { countLoader, entityLoader, groupLoader } from '@baeumteo/server';
import type { Repos } from './context.ts';

export function createLoaders(repo: Repos) {
  return {
    cityById: entityLoader(
      (ids: readonly string[]) => repo.cities.byIds(ids),
      (city) => city.id,
    ),
    learnerById: entityLoader(
      (ids: readonly string[]) => repo.accounts.byIds(ids),
      (l) => l.id,
    ),
    residencesByLearner: groupLoader(
      (ids: readonly string[]) => repo.accounts.residencesOf(ids),
      (r) => r.learnerId,
    ),
    rolesByLearner: groupLoader(
      (ids: readonly string[]) => repo.roles.of(ids),
      (g) => g.learnerId,
    ),
    residentCountByCity: countLoader((ids: readonly string[]) => repo.accounts.residentCounts(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

// DataLoaders of the learners subgraph, created per request.
import { entityLoader, groupLoader } from '@baeumteo/server';
import DataLoader from 'dataloader';
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
    residentCountByCity: new DataLoader<string, number>(async (cityIds) => {
      const counts = new Map((await repo.accounts.residentCounts(cityIds)).map((c) => [c.cityId, c.n]));
      return cityIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

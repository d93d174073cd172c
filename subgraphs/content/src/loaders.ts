// DataLoaders of the content subgraph, created per request.
import { entityLoader, groupLoader } from '@baeumteo/server';
import type { Repos } from './context.ts';

/** `learnerId`: the signed-in learner, whose progress `myProgress` and path steps show, and whose reminders `remindMe`. */
export function createLoaders(repo: Repos, learnerId: string | null) {
  return {
    contentById: entityLoader(
      (ids: readonly string[]) => repo.contents.byIds(ids),
      (c) => c.id,
    ),
    stepsByPath: groupLoader(
      (ids: readonly string[]) => repo.paths.stepsOf(ids),
      (s) => s.pathId,
    ),
    myProgressByContent: entityLoader(
      (ids: readonly string[]) =>
        learnerId ? repo.progress.ofLearnerIn(learnerId, ids) : Promise.resolve([]),
      (p) => p.contentId,
    ),
    liveSessionById: entityLoader(
      (ids: readonly string[]) => repo.live.byIds(ids),
      (s) => s.id,
    ),
    myReminderBySession: entityLoader(
      (ids: readonly string[]) =>
        learnerId ? repo.liveReminders.ofLearnerIn(learnerId, ids) : Promise.resolve([]),
      (r) => r.sessionId,
    ),
    featuredByCity: groupLoader(
      (ids: readonly string[]) => repo.featured.ofCities(ids),
      (f) => f.cityId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

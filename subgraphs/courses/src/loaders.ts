// DataLoaders of the courses subgraph, created per request.
import { countLoader, entityLoader, groupLoader, type PageRequest } from '@baeumteo/server';
import DataLoader from 'dataloader';
import type { Repos } from './context.ts';
import type { CourseFilter, CoursePage } from './repo/courses.ts';

interface CityPageKey {
  cityId: string;
  filter: CourseFilter | null | undefined;
  page: PageRequest;
}

/** `City.courses` for many cities at once: keys with the same arguments share one query. */
function cityCoursesLoader(repo: Repos) {
  return new DataLoader<CityPageKey, CoursePage, string>(
    async (keys) => {
      const groups = new Map<string, CityPageKey[]>();
      for (const key of keys) {
        const args = JSON.stringify([key.filter ?? null, key.page]);
        groups.set(args, [...(groups.get(args) ?? []), key]);
      }
      const results = new Map<CityPageKey, CoursePage>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0] as CityPageKey;
          const pages = await repo.courses.pagesByCity(
            group.map((k) => k.cityId),
            first.filter,
            first.page,
          );
          for (const key of group) results.set(key, pages.get(key.cityId) ?? { rows: [], totalCount: 0 });
        }),
      );
      return keys.map((key) => results.get(key) as CoursePage);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.cityId, key.filter ?? null, key.page]) },
  );
}

export function createLoaders(repo: Repos, callerId: string | null) {
  return {
    courseById: entityLoader(
      (ids: readonly string[]) => repo.courses.byIds(ids),
      (c) => c.id,
    ),
    venueById: entityLoader(
      (ids: readonly string[]) => repo.venues.byIds(ids),
      (v) => v.id,
    ),
    venuesByCity: groupLoader(
      (ids: readonly string[]) => repo.venues.byCities(ids),
      (v) => v.cityId,
    ),
    sessionsByCourse: groupLoader(
      (ids: readonly string[]) => repo.sessions.byCourses(ids),
      (s) => s.courseId,
    ),
    cityCourses: cityCoursesLoader(repo),
    sessionById: entityLoader(
      (ids: readonly string[]) => repo.sessions.byIds(ids),
      (s) => s.id,
    ),
    enrollmentById: entityLoader(
      (ids: readonly string[]) => repo.enrollments.byIds(ids),
      (e) => e.id,
    ),
    enrollmentsByLearner: groupLoader(
      (ids: readonly string[]) => repo.enrollments.ofLearners(ids),
      (e) => e.learnerId,
    ),
    myEnrollmentsByCourse: groupLoader(
      (ids: readonly string[]) =>
        callerId ? repo.enrollments.ofLearnerIn(callerId, ids) : Promise.resolve([]),
      (e) => e.courseId,
    ),
    attendedByEnrollment: countLoader((ids: readonly string[]) => repo.enrollments.attendedCounts(ids)),
    appliedCitiesByLearner: groupLoader(
      (ids: readonly string[]) => repo.enrollments.appliedCities(ids),
      (row) => row.learnerId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import { isUuid } from '@baeumteo/server';
// Data access for class sessions.
import { asc, inArray } from 'drizzle-orm';
import { type ClassSessionRow, classSessions } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

export function sessionsRepo(db: CoursesDb) {
  return {
    byIds(ids: readonly string[]): Promise<ClassSessionRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(classSessions).where(inArray(classSessions.id, valid));
    },
    byCourses(courseIds: readonly string[]): Promise<ClassSessionRow[]> {
      return db
        .select()
        .from(classSessions)
        .where(inArray(classSessions.courseId, [...courseIds]))
        .orderBy(asc(classSessions.courseId), asc(classSessions.startsAt));
    },
  };
}

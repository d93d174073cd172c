// Data access for enrollments.
import { inArray } from 'drizzle-orm';
import { enrollments } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

export function enrollmentsRepo(db: CoursesDb) {
  return {
    /** The cities whose courses each learner applied to, whatever became of the application. */
    appliedCities(learnerIds: readonly string[]) {
      return db
        .selectDistinct({ learnerId: enrollments.learnerId, cityId: enrollments.cityId })
        .from(enrollments)
        .where(inArray(enrollments.learnerId, [...learnerIds]));
    },
  };
}

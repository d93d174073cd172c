// Reading enrollments: by id, by learner, by course (paged), and the lists the workflows need.
// Enrollments are personal data under read policies: every read here runs in the caller's read
// scope (rules/access.ts readScopeOf), so a read the resolvers forgot to check still finds only
// the caller's own rows and those of the cities they work in.
import { asReader, isUuid, keysetAfter, type PageRequest, type ReadScope } from '@baeumteo/server';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type EnrollmentRow, enrollments } from '../db/schema.ts';
import { activeStatuses } from '../rules/enrollmentStatus.ts';
import type { CoursesDb } from './courses.ts';

export type EnrollmentStatus = EnrollmentRow['status'];

/** Enrollments of a course are listed in application order; the cursor is (appliedAt, id). */
export function enrollmentCursor(e: EnrollmentRow): [string, string] {
  return [e.appliedAt.toISOString(), e.id];
}

export async function enrollmentById(db: CoursesDb, id: string): Promise<EnrollmentRow | null> {
  return (await db.select().from(enrollments).where(eq(enrollments.id, id)))[0] ?? null;
}

/**
 * Reads in `scope`; without one, `db` must be a tenant's transaction (inTenant), whose tenant
 * admits reads of that city's rows.
 */
/** The applications of these learners to the course that hold their place (activeStatuses). */
export function holdingPlaces(courseId: string, learnerIds: readonly string[]): SQL | undefined {
  return and(
    eq(enrollments.courseId, courseId),
    inArray(enrollments.learnerId, learnerIds),
    inArray(enrollments.status, activeStatuses),
  );
}

export function enrollmentReads(db: CoursesDb, scope?: ReadScope) {
  const read = <T>(work: (tx: CoursesDb) => Promise<T>) => (scope ? asReader(db, scope, work) : work(db));
  return {
    byIds(ids: readonly string[]): Promise<EnrollmentRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return read((tx) => tx.select().from(enrollments).where(inArray(enrollments.id, valid)));
    },

    /** The cities whose courses each learner applied to (those the caller may see), whatever became of the application. */
    appliedCities(learnerIds: readonly string[]) {
      return read((tx) =>
        tx
          .selectDistinct({ learnerId: enrollments.learnerId, cityId: enrollments.cityId })
          .from(enrollments)
          .where(inArray(enrollments.learnerId, learnerIds.filter(isUuid))),
      );
    },

    ofLearners(learnerIds: readonly string[]): Promise<EnrollmentRow[]> {
      return read((tx) =>
        tx
          .select()
          .from(enrollments)
          .where(inArray(enrollments.learnerId, learnerIds.filter(isUuid)))
          .orderBy(desc(enrollments.appliedAt), desc(enrollments.id)),
      );
    },

    /** One learner's enrollments in many courses (Course.myEnrollment), newest first. */
    ofLearnerIn(learnerId: string, courseIds: readonly string[]): Promise<EnrollmentRow[]> {
      return read((tx) =>
        tx
          .select()
          .from(enrollments)
          .where(
            and(
              eq(enrollments.learnerId, learnerId),
              inArray(enrollments.courseId, courseIds.filter(isUuid)),
            ),
          )
          .orderBy(desc(enrollments.appliedAt)),
      );
    },

    async page(courseId: string, status: EnrollmentStatus | null | undefined, page: PageRequest) {
      const where = and(
        eq(enrollments.courseId, courseId),
        status ? eq(enrollments.status, status) : undefined,
      );
      const after = keysetAfter(
        page.after,
        { sort: enrollments.appliedAt, id: enrollments.id },
        'timestamptz',
      );
      const [rows, [count]] = await read((tx) =>
        Promise.all([
          tx
            .select()
            .from(enrollments)
            .where(and(where, after))
            .orderBy(asc(enrollments.appliedAt), asc(enrollments.id))
            .limit(page.limit + 1),
          tx.select({ n: sql<number>`count(*)::int` }).from(enrollments).where(where),
        ]),
      );
      return { rows, totalCount: count?.n ?? 0 };
    },

    async byIdempotencyKey(learnerId: string, key: string): Promise<EnrollmentRow | null> {
      const [row] = await read((tx) =>
        tx
          .select()
          .from(enrollments)
          .where(and(eq(enrollments.learnerId, learnerId), eq(enrollments.idempotencyKey, key))),
      );
      return row ?? null;
    },

    async active(courseId: string, learnerId: string): Promise<EnrollmentRow | null> {
      const [row] = await read((tx) =>
        tx
          .select()
          .from(enrollments)
          .where(holdingPlaces(courseId, [learnerId])),
      );
      return row ?? null;
    },

    ofCourseAndLearners(courseId: string, learnerIds: readonly string[]): Promise<EnrollmentRow[]> {
      return read((tx) =>
        tx
          .select()
          .from(enrollments)
          .where(
            and(
              eq(enrollments.courseId, courseId),
              inArray(enrollments.learnerId, learnerIds.filter(isUuid)),
            ),
          ),
      );
    },

    ofCourseAndStatus(courseId: string, status: EnrollmentStatus): Promise<EnrollmentRow[]> {
      return read((tx) =>
        tx
          .select()
          .from(enrollments)
          .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, status))),
      );
    },

    pendingOf(courseId: string) {
      return read((tx) =>
        tx
          .select({
            id: enrollments.id,
            learnerId: enrollments.learnerId,
            residenceCityId: enrollments.residenceCityId,
          })
          .from(enrollments)
          .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, 'PENDING'))),
      );
    },
  };
}

// Applying to a course: one statement, under the course row lock, that checks the application
// window, takes a seat or the next waitlist place (FIRST_COME) or leaves the applicant PENDING,
// and counts it on the course; its learning events are queued in the same transaction.
import { inTenant, rowsOf, uniqueViolation } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import type { CourseRow, EnrollmentRow } from '../db/schema.ts';
import { placedOnApplication } from '../rules/seats.ts';
import { openForApplication } from './applicationWindow.ts';
import type { CoursesDb } from './courses.ts';
import { type EnrollmentStatus, enrollmentById } from './enrollmentReads.ts';
import { type LearningEvent, queueEvents } from './outbox.ts';

/** The learner already has an application to this course that still holds a place. */
export class AlreadyAppliedError extends Error {}

export function applicationsRepo(db: CoursesDb) {
  return {
    /**
     * Applies a learner. FIRST_COME takes a seat or the next waitlist position in one statement
     * that locks the course row: whatever the concurrency, never more ENROLLED than capacity and
     * positions 1..n. LOTTERY and APPROVAL applicants wait as PENDING. Null when the course does
     * not take applications (any more).
     */
    async apply(
      course: CourseRow,
      learner: { id: string; residenceCityId: string | null },
      idempotencyKey: string | null,
      now = new Date(),
    ): Promise<EnrollmentRow | null> {
      try {
        return await inTenant(db, course.cityId, async (tx) => {
          const pending = !placedOnApplication(course.selection);
          const decided = pending
            ? sql`false and seats_taken < capacity` // PENDING: neither seat nor waitlist yet
            : sql`seats_taken < capacity`;
          const result = await tx.execute(sql`
            with c as (
              select id, city_id, seats_taken, waitlist_count, ${decided} as seat
              from courses.courses
              where id = ${course.id} and ${openForApplication(now)}
              for update
            ), counted as (
              update courses.courses set
                seats_taken = c.seats_taken + c.seat::int,
                waitlist_count = c.waitlist_count + (not c.seat and not ${pending})::int
              from c where courses.courses.id = c.id
            )
            insert into courses.enrollments
              (city_id, course_id, learner_id, residence_city_id, status, waitlist_position, idempotency_key, applied_at)
            select c.city_id, c.id, ${learner.id}, ${learner.residenceCityId},
              (case when c.seat then 'ENROLLED' when ${pending} then 'PENDING' else 'WAITLISTED' end)::courses.enrollment_status,
              case when c.seat or ${pending} then null else c.waitlist_count + 1 end,
              ${idempotencyKey},
              -- Taken after the course lock, so waitlist order is application order; milliseconds,
              -- as a JavaScript Date (and so a page cursor) holds them.
              date_trunc('milliseconds', clock_timestamp())
            from c
            returning id, status`);
          const [row] = rowsOf<{ id: string; status: EnrollmentStatus }>(result);
          if (!row) return null;
          const base = {
            learnerId: learner.id,
            residenceCityId: learner.residenceCityId,
            courseId: course.id,
            cityId: course.cityId,
            occurredAt: now,
          };
          const events: LearningEvent[] = [{ ...base, verb: 'APPLIED' }];
          if (row.status === 'ENROLLED' || row.status === 'WAITLISTED')
            events.push({ ...base, verb: row.status });
          // Read back under the tenant (enrollments are read only in a scope: read policies). Sent
          // together with the events, on the transaction's one connection: one round trip for both.
          const [, stored] = await Promise.all([queueEvents(tx, events), enrollmentById(tx, row.id)]);
          return stored;
        });
      } catch (error) {
        if (uniqueViolation(error) !== null) throw new AlreadyAppliedError();
        throw error;
      }
    },
  };
}

// Deciding PENDING applicants: a LOTTERY course's draw, an APPROVAL course's approval or
// rejection. Both hold the course row lock and read what they decide on after taking it, so a
// seat is never given twice and a decision is made once, whatever the concurrency.
import { inTenant } from '@baeumteo/server';
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { type CourseRow, courses, type EnrollmentRow, enrollments } from '../db/schema.ts';
import { statusAfterDraw } from '../rules/lottery.ts';
import type { Place } from '../rules/seats.ts';
import { lockCourse } from './courseLock.ts';
import type { CoursesDb } from './courses.ts';
import { enrollmentReads } from './enrollmentReads.ts';
import { courseNotice, queueNotices } from './notices.ts';
import { type LearningEvent, queueEvents } from './outbox.ts';

type Applicant = { id: string; learnerId: string; residenceCityId: string | null };

export function decisionsRepo(db: CoursesDb) {
  return {
    /**
     * Draws a LOTTERY course once: a compare-and-set claims the draw (no draw recorded yet, OPEN or
     * CLOSED, applications closed), taking the course row lock; the applicants are read after it,
     * so the draw places exactly those still PENDING. Of simultaneous draws one wins; the others
     * find the draw recorded and change nothing.
     */
    async drawLottery(
      course: CourseRow,
      seed: string,
      placesOf: (locked: CourseRow, applicants: Applicant[]) => Place<Applicant>[],
      now = new Date(),
    ): Promise<'DRAWN' | 'DRAWN_ALREADY' | 'NOT_DRAWABLE'> {
      return inTenant(db, course.cityId, async (tx) => {
        const [locked] = await tx
          .update(courses)
          .set({ lotterySeed: seed, lotteryDrawnAt: now })
          .where(
            and(
              eq(courses.id, course.id),
              eq(courses.selection, 'LOTTERY'),
              isNull(courses.lotteryDrawnAt),
              inArray(courses.status, ['OPEN', 'CLOSED']),
              lte(courses.applicationClosesAt, now),
            ),
          )
          .returning();
        if (!locked) {
          const [current] = await tx.select().from(courses).where(eq(courses.id, course.id));
          return current?.lotteryDrawnAt ? 'DRAWN_ALREADY' : 'NOT_DRAWABLE';
        }
        const applicants = await enrollmentReads(tx).pendingOf(course.id);
        const places = placesOf(locked, applicants);
        const events: LearningEvent[] = [];
        const notices = places.map(({ applicant, status, waitlistPosition }) =>
          courseNotice(locked, applicant.learnerId, now, 'LOTTERY_RESULT', {
            won: status === 'ENROLLED',
            position: status === 'WAITLISTED' ? waitlistPosition : null,
          }),
        );
        for (const { applicant, status, waitlistPosition } of places) {
          await tx
            .update(enrollments)
            .set({ status, waitlistPosition, decidedAt: now })
            .where(and(eq(enrollments.id, applicant.id), eq(enrollments.status, 'PENDING')));
          events.push({
            verb: status,
            learnerId: applicant.learnerId,
            residenceCityId: applicant.residenceCityId,
            courseId: course.id,
            cityId: course.cityId,
            occurredAt: now,
          });
        }
        const enrolledCount = places.filter((place) => place.status === 'ENROLLED').length;
        await tx
          .update(courses)
          .set({
            seatsTaken: sql`${courses.seatsTaken} + ${enrolledCount}`,
            waitlistCount: sql`${courses.waitlistCount} + ${places.length - enrolledCount}`,
            status: statusAfterDraw(locked.status),
          })
          .where(eq(courses.id, course.id));
        await queueEvents(tx, events);
        await queueNotices(tx, notices);
        return 'DRAWN';
      });
    },

    /** Approves (taking a seat only if one is left) or rejects a PENDING applicant. */
    async decide(
      enrollment: EnrollmentRow,
      approve: boolean,
      now = new Date(),
    ): Promise<'DONE' | 'FULL' | 'NOT_PENDING'> {
      return inTenant(db, enrollment.cityId, async (tx) => {
        const course = await lockCourse(tx, enrollment.courseId);
        const [current] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
        if (!course || current?.status !== 'PENDING') return 'NOT_PENDING';
        if (approve) {
          const seat = await tx
            .update(courses)
            .set({ seatsTaken: sql`${courses.seatsTaken} + 1` })
            .where(and(eq(courses.id, current.courseId), sql`${courses.seatsTaken} < ${courses.capacity}`))
            .returning({ id: courses.id });
          if (seat.length === 0) return 'FULL';
        }
        await tx
          .update(enrollments)
          .set({ status: approve ? 'ENROLLED' : 'REJECTED', decidedAt: now })
          .where(eq(enrollments.id, current.id));
        await queueNotices(tx, [
          courseNotice(course, current.learnerId, now, 'APPROVAL_DECISION', { approved: approve }),
        ]);
        if (approve) {
          await queueEvents(tx, [
            {
              verb: 'ENROLLED',
              learnerId: current.learnerId,
              residenceCityId: current.residenceCityId,
              courseId: current.courseId,
              cityId: current.cityId,
              occurredAt: now,
            },
          ]);
        }
        return 'DONE';
      });
    },
  };
}

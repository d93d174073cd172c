// Applying to a course, as a group commit: the applications to one course that arrive while its
// previous batch is being written go together in one transaction, under the course row lock,
// in the order they arrived. The transaction checks the application window, finds who already
// holds a place, places the others (rules/seats.ts: a seat or the next waitlist place for
// FIRST_COME, PENDING otherwise), inserts them, counts them on the course and queues their
// learning events, in a handful of statements whatever the batch's size. A registration opening
// brings hundreds of applications to one course within a second; one transaction each would
// queue them all behind the same row lock, a few round trips apiece.
import { type Batched, batched } from '@baeumteo/server';
import { eq, sql } from 'drizzle-orm';
import { type CourseRow, courses, type EnrollmentRow, enrollments } from '../db/schema.ts';
import { observeApplicationBatch } from '../metrics.ts';
import { type Refusal, refusalOf } from '../rules/applying.ts';
import { placeApplicants } from '../rules/seats.ts';
import type { CoursesDb } from './courses.ts';
import { holdingPlaces } from './enrollmentReads.ts';
import { courseNotice, queueNotices } from './notices.ts';
import { type LearningEvent, queueEvents } from './outbox.ts';

/** The learner already has an application to this course that still holds a place. */
export class AlreadyAppliedError extends Error {}

/** What applying did for one learner. */
export type Applied =
  /** Applied now; `course` is the course as this batch left it. */
  | { outcome: 'APPLIED'; enrollment: EnrollmentRow; course: CourseRow }
  /** They already hold a place: their application as it is. */
  | { outcome: 'HELD'; enrollment: EnrollmentRow }
  /** Not taken (rules/applying.ts), judged on the course as its lock found it. */
  | { outcome: 'REFUSED'; refusal: Refusal; course: CourseRow }
  /** No such course, or a draft the applicant may not see. */
  | { outcome: 'NOT_FOUND' };

export interface Applicant {
  learner: { id: string; residenceCityId: string | null };
  idempotencyKey: string | null;
  /** The cities whose draft courses the applicant sees (rules/access.ts). */
  draftCities: 'all' | readonly string[];
}

/** The most applications one transaction writes. */
const applicationsPerBatch = 200;

/** A batch's insert skipped these learners: a unique key (their idempotency key) was taken. */
class SkippedApplicants extends Error {
  readonly learnerIds: ReadonlySet<string>;
  constructor(learnerIds: ReadonlySet<string>) {
    super('applicants skipped');
    this.learnerIds = learnerIds;
  }
}

/** Each applicant's answer; null for those whose idempotency key another application took. */
async function applyBatch(
  db: CoursesDb,
  courseId: string,
  applicants: readonly Applicant[],
): Promise<(Applied | null)[]> {
  const refused = new Set<string>();
  for (;;) {
    try {
      const answers = await writeBatch(
        db,
        courseId,
        applicants.filter((a) => !refused.has(a.learner.id)),
      );
      return applicants.map((a) => answers.get(a) ?? null);
    } catch (error) {
      if (!(error instanceof SkippedApplicants) || error.learnerIds.size === 0) throw error;
      // Rare: written again without them, so that nobody else's place depends on them.
      for (const id of error.learnerIds) refused.add(id);
    }
  }
}

async function writeBatch(
  db: CoursesDb,
  courseId: string,
  applicants: readonly Applicant[],
): Promise<Map<Applicant, Applied>> {
  const answers = new Map<Applicant, Applied>();
  if (applicants.length === 0) return answers;
  observeApplicationBatch(applicants.length);
  const now = new Date();
  await db.transaction(async (tx) => {
    const learnerIds = [...new Set(applicants.map((a) => a.learner.id))];
    // The course's city is the tenant: the lock, the reads of applications and the writes are
    // allowed only under it. The three are sent together (one round trip) and run in order.
    const [, [course], holding] = await Promise.all([
      tx.execute(
        sql`select set_config('baeumteo.tenant', coalesce((select city_id from courses.courses where id = ${courseId}), ''), true)`,
      ),
      tx.select().from(courses).where(eq(courses.id, courseId)).for('update'),
      tx.select().from(enrollments).where(holdingPlaces(courseId, learnerIds)),
    ]);
    const held = new Map(holding.map((e) => [e.learnerId, e]));
    // Each learner's first application in the batch applies; their others are answered alike.
    const applying: Applicant[] = [];
    const firstOf = new Map<string, Applicant>();
    for (const a of applicants) {
      if (!course || (course.status === 'DRAFT' && !seesDraftsOf(a, course.cityId))) {
        answers.set(a, { outcome: 'NOT_FOUND' });
        continue;
      }
      const holds = held.get(a.learner.id);
      if (holds) {
        answers.set(a, { outcome: 'HELD', enrollment: holds });
        continue;
      }
      const refusal = refusalOf(course, a.learner.residenceCityId, now);
      if (refusal) answers.set(a, { outcome: 'REFUSED', refusal, course });
      else if (!firstOf.has(a.learner.id)) {
        firstOf.set(a.learner.id, a);
        applying.push(a);
      }
    }
    if (!course || applying.length === 0) return;
    const placements = placeApplicants(course, applying);
    const seats = placements.filter((p) => p.status === 'ENROLLED').length;
    const waiting = placements.filter((p) => p.status === 'WAITLISTED').length;
    const events: LearningEvent[] = placements.flatMap(({ applicant: a, status }) => {
      const base = {
        learnerId: a.learner.id,
        residenceCityId: a.learner.residenceCityId,
        courseId,
        cityId: course.cityId,
        occurredAt: now,
      };
      return status === 'PENDING'
        ? [{ ...base, verb: 'APPLIED' }]
        : [
            { ...base, verb: 'APPLIED' },
            { ...base, verb: status },
          ];
    });
    const notices = placements.map(({ applicant: a, status, waitlistPosition }) =>
      status === 'ENROLLED'
        ? courseNotice(course, a.learner.id, now, 'ENROLLED', {})
        : status === 'WAITLISTED'
          ? courseNotice(course, a.learner.id, now, 'WAITLISTED', { position: waitlistPosition ?? 1 })
          : courseNotice(course, a.learner.id, now, 'APPLICATION_RECEIVED', {}),
    );
    // Sent together, on the transaction's one connection: one round trip for the four.
    const [rows, [after]] = await Promise.all([
      tx
        .insert(enrollments)
        .values(
          placements.map(({ applicant: a, status, waitlistPosition }) => ({
            cityId: course.cityId,
            courseId,
            learnerId: a.learner.id,
            residenceCityId: a.learner.residenceCityId,
            status,
            waitlistPosition,
            idempotencyKey: a.idempotencyKey,
            // Taken after the course lock, so that application order is waiting order;
            // milliseconds, as a JavaScript Date (and so a page cursor) holds them.
            appliedAt: sql`date_trunc('milliseconds', clock_timestamp())`,
          })),
        )
        .onConflictDoNothing()
        .returning(),
      tx
        .update(courses)
        .set({
          seatsTaken: sql`${courses.seatsTaken} + ${seats}`,
          waitlistCount: sql`${courses.waitlistCount} + ${waiting}`,
        })
        .where(eq(courses.id, courseId))
        .returning(),
      queueEvents(tx, events),
      queueNotices(tx, notices),
    ]);
    if (rows.length < applying.length) {
      const written = new Set(rows.map((r) => r.learnerId));
      throw new SkippedApplicants(
        new Set(applying.map((a) => a.learner.id).filter((id) => !written.has(id))),
      );
    }
    const byLearner = new Map(rows.map((e) => [e.learnerId, e]));
    for (const a of applicants) {
      if (answers.has(a)) continue;
      const mine = byLearner.get(a.learner.id);
      if (!mine || !after) throw new Error('an application was written without its row');
      answers.set(
        a,
        firstOf.get(a.learner.id) === a
          ? { outcome: 'APPLIED', enrollment: mine, course: after }
          : { outcome: 'HELD', enrollment: mine },
      );
    }
  });
  return answers;
}

function seesDraftsOf(applicant: Applicant, cityId: string): boolean {
  return applicant.draftCities === 'all' || applicant.draftCities.includes(cityId);
}

export function applicationsRepo(db: CoursesDb) {
  return {
    /**
     * Applies a learner to a course that takes their application (FIRST_COME: a seat or the next
     * waitlist place; LOTTERY and APPROVAL: PENDING). Whatever the concurrency, never more
     * ENROLLED than capacity and waitlist positions 1..n in application order. Throws
     * AlreadyAppliedError when the idempotency key was taken by another application meanwhile.
     */
    apply(courseId: string, applicant: Applicant): Promise<Applied> {
      return applierOf(db).apply(courseId, applicant);
    },
    /** How many applications to the course wait for the batch being written to end. */
    waitingFor(courseId: string): number {
      return applierOf(db).waiting(courseId);
    },
  };
}

/** One queue of applications per course for each database. */
const appliers = new WeakMap<CoursesDb, Batched<string, Applicant, Applied | null>>();

function applierOf(db: CoursesDb) {
  let inBatches = appliers.get(db);
  if (!inBatches) {
    inBatches = batched(
      { max: applicationsPerBatch, oneAtATime: true },
      (courseId: string, applicants: Applicant[]) => applyBatch(db, courseId, applicants),
    );
    appliers.set(db, inBatches);
  }
  const queue = inBatches;
  return {
    async apply(courseId: string, applicant: Applicant): Promise<Applied> {
      const answer = await queue(courseId, applicant);
      if (answer === null) throw new AlreadyAppliedError();
      return answer;
    },
    waiting: (courseId: string) => queue.waiting(courseId),
  };
}

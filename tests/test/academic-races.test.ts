// Every course state transition happens once, whatever the concurrency: each is fired three
// times at once through the gateway, and exactly one call has an effect (the others answer
// CONFLICT), the counts agree with the enrollment rows, and the learning events are queued once.
import { type Db, inTenant, rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, onlineDraft, sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type GraphQLResponse, type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let staff: TestAccount;
let setup: AcademicSetup;

beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
  ({ staff } = setup);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

/** The same mutation by the course's staff, three times at once. */
function thrice<T>(mutation: string, variables: Record<string, unknown>) {
  return Promise.all(Array.from({ length: 3 }, () => platform.query<T>(mutation, variables, staff.auth)));
}

/** Exactly one answer has data; the others are CONFLICT. */
function oneWinner<T>(answers: GraphQLResponse<T>[]): T {
  const won = answers.filter((a) => a.body.data && !a.body.errors);
  const codes = answers.filter((a) => a.body.errors).map((a) => a.body.errors?.[0]?.extensions?.code);
  expect(won).toHaveLength(1);
  expect(codes).toEqual(['CONFLICT', 'CONFLICT']);
  return won[0]?.body.data as T;
}

/**
 * What the course's database holds: its counts, its enrollments by status, its queued events by
 * verb (read as Suwon's tenant: row-level security keeps applications to their city).
 */
function state(courseId: string) {
  return inTenant(platform.services.courses.database.db, 'suwon', (db) => stateIn(db, courseId));
}

async function stateIn(db: Db<Record<string, unknown>>, courseId: string) {
  const [course] = rowsOf<{ status: string; seats: number; waitlist: number; seed: string | null }>(
    await db.execute(sql`select status, seats_taken as seats, waitlist_count as waitlist, lottery_seed as seed
      from courses.courses where id = ${courseId}`),
  );
  const count = async (query: ReturnType<typeof sql>) =>
    Object.fromEntries(rowsOf<{ key: string; n: number }>(await db.execute(query)).map((r) => [r.key, r.n]));
  const enrollments = await count(sql`select status::text as key, count(*)::int as n from courses.enrollments
    where course_id = ${courseId} group by status`);
  const events = await count(sql`select verb as key, count(*)::int as n from courses.outbox
    where payload->>'courseId' = ${courseId} group by verb`);
  return { course, enrollments, events };
}

async function applicants(courseId: string, n: number) {
  const learners = await Promise.all(Array.from({ length: n }, () => signUp(platform)));
  for (const learner of learners) expect((await apply(learner, courseId)).body.errors).toBeUndefined();
  return learners;
}

describe('simultaneous transitions', () => {
  it('publishes a draft once', async () => {
    const created = await platform.query<{ createCourse: { id: string } }>(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: onlineDraft('동시 공개 과정') },
      staff.auth,
    );
    const id = created.body.data?.createCourse.id;
    const won = oneWinner(
      await thrice<{ publishCourse: { status: string } }>(
        'mutation ($id: ID!) { publishCourse(id: $id) { status } }',
        { id },
      ),
    );
    expect(won.publishCourse.status).toBe('OPEN');
    expect((await state(id as string)).course?.status).toBe('OPEN');
  });

  it('draws a lottery once: one seed, seats taken = enrolled rows, one event per applicant', async () => {
    const course = await openCourse({ capacity: 10, selection: 'LOTTERY', closesInMs: 3_000 });
    await applicants(course.id, 5);
    await sleepUntil(course.closesAt);
    const won = oneWinner(
      await thrice<{ drawLottery: { lotterySeed: string; seatsTaken: number } }>(
        'mutation ($c: ID!) { drawLottery(courseId: $c) { lotterySeed seatsTaken } }',
        { c: course.id },
      ),
    );
    const { course: row, enrollments, events } = await state(course.id);
    expect(won.drawLottery.seatsTaken).toBe(5);
    expect(row).toEqual({ status: 'CLOSED', seats: 5, waitlist: 0, seed: won.drawLottery.lotterySeed });
    expect(enrollments).toEqual({ ENROLLED: 5 });
    expect(events).toEqual({ APPLIED: 5, ENROLLED: 5 });
  });

  it('decides an application once', async () => {
    const course = await openCourse({ capacity: 3, selection: 'APPROVAL' });
    const [learner] = (await applicants(course.id, 1)) as [TestAccount];
    const mine = await platform.query<{ me: { enrollments: { id: string; course: { id: string } }[] } }>(
      '{ me { enrollments { id course { id } } } }',
      {},
      learner.auth,
    );
    const enrollmentId = mine.body.data?.me.enrollments.find((e) => e.course.id === course.id)?.id;
    const won = oneWinner(
      await thrice<{ decideEnrollment: { status: string } }>(
        'mutation ($e: ID!) { decideEnrollment(enrollmentId: $e, approve: true) { status } }',
        { e: enrollmentId },
      ),
    );
    expect(won.decideEnrollment.status).toBe('ENROLLED');
    const { course: row, enrollments, events } = await state(course.id);
    expect(row?.seats).toBe(1);
    expect(enrollments).toEqual({ ENROLLED: 1 });
    expect(events).toEqual({ APPLIED: 1, ENROLLED: 1 });
  });

  it('finishes a course once, judging each learner once', async () => {
    const course = await openCourse({ capacity: 5, closesInMs: 2_000 });
    const learners = await applicants(course.id, 2);
    await sleepUntil(course.firstStart);
    const attended = await platform.query(
      'mutation ($s: ID!, $l: ID!) { recordAttendance(sessionId: $s, learnerId: $l, present: true) { id } }',
      { s: course.sessions[0]?.id, l: learners[0]?.id },
      staff.auth,
    );
    expect(attended.body.errors).toBeUndefined();
    const won = oneWinner(
      await thrice<{ finishCourse: { status: string } }>(
        'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
        { id: course.id },
      ),
    );
    expect(won.finishCourse.status).toBe('FINISHED');
    const { enrollments, events } = await state(course.id);
    expect(enrollments).toEqual({ COMPLETED: 1, NOT_COMPLETED: 1 });
    expect(events).toMatchObject({ COMPLETED: 1, NOT_COMPLETED: 1 });
  });

  it('cancels a course once, cancelling each application once', async () => {
    const course = await openCourse({ capacity: 1 });
    await applicants(course.id, 2); // one enrolled, one waitlisted
    const won = oneWinner(
      await thrice<{ cancelCourse: { status: string; seatsTaken: number } }>(
        'mutation ($id: ID!) { cancelCourse(id: $id) { status seatsTaken } }',
        { id: course.id },
      ),
    );
    expect(won.cancelCourse).toEqual({ status: 'CANCELLED', seatsTaken: 0 });
    const { course: row, enrollments, events } = await state(course.id);
    expect(row).toMatchObject({ status: 'CANCELLED', seats: 0, waitlist: 0 });
    expect(enrollments).toEqual({ CANCELLED: 2 });
    expect(events).toEqual({ APPLIED: 2, ENROLLED: 1, WAITLISTED: 1, CANCELLED: 2 });
  });
});

// Academic management through the gateway, a first-come course: residents apply, the waitlist
// moves up on a cancellation, staff take attendance and finish the course, every count and outbox
// event right; repeated applications and idempotency keys give the same enrollment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let staff: TestAccount; // CITY_STAFF of suwon
let setup: AcademicSetup;

beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
  ({ staff } = setup);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

describe('a first-come course', () => {
  it("answers an application and a cancellation with the course's seats as they are after it", async () => {
    const [first, second] = await Promise.all([signUp(platform), signUp(platform)]);
    const course = await openCourse({ capacity: 1 });
    const applyAndSeats =
      'mutation ($c: ID!) { applyToCourse(courseId: $c) { id status course { seatsTaken seatsLeft waitlistCount } } }';
    const taken = await platform.query<{
      applyToCourse: { id: string; course: { seatsTaken: number; seatsLeft: number; waitlistCount: number } };
    }>(applyAndSeats, { c: course.id }, first.auth);
    expect(taken.body.data?.applyToCourse.course).toEqual({ seatsTaken: 1, seatsLeft: 0, waitlistCount: 0 });
    const waiting = await platform.query<{ applyToCourse: { course: { waitlistCount: number } } }>(
      applyAndSeats,
      { c: course.id },
      second.auth,
    );
    expect(waiting.body.data?.applyToCourse.course.waitlistCount).toBe(1);
    const freed = await platform.query<{
      cancelEnrollment: { course: { seatsTaken: number; waitlistCount: number } };
    }>(
      'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { course { seatsTaken waitlistCount } } }',
      { e: taken.body.data?.applyToCourse.id },
      first.auth,
    );
    // The seat went straight to the waiting learner.
    expect(freed.body.data?.cancelEnrollment.course).toEqual({ seatsTaken: 1, waitlistCount: 0 });
  });

  it('runs from application to completion, with every count right', async () => {
    const learners = await Promise.all(
      Array.from({ length: 5 }, () => signUp(platform, { residenceCityId: 'suwon' })),
    );
    const course = await openCourse({ capacity: 2, closesInMs: 5_000 });
    const applied = [];
    for (const learner of learners) applied.push((await apply(learner, course.id)).body.data!.applyToCourse);
    expect(applied.map((a) => [a.status, a.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
    ]);

    // The second enrolled learner cancels: the first waitlisted one takes the seat.
    const cancelled = await platform.query<{ cancelEnrollment: { status: string } }>(
      'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
      { e: applied[1]!.id },
      learners[1]!.auth,
    );
    expect(cancelled.body.data?.cancelEnrollment.status).toBe('CANCELLED');
    const state = await platform.query<{
      course: {
        seatsTaken: number;
        seatsLeft: number;
        waitlistCount: number;
        enrollments: {
          totalCount: number;
          edges: { node: { status: string; waitlistPosition: number | null; learner: { email: string } } }[];
        };
      };
    }>(
      `query ($id: ID!) { course(id: $id) { seatsTaken seatsLeft waitlistCount
         enrollments(first: 10) { totalCount edges { node { status waitlistPosition learner { email } } } } } }`,
      { id: course.id },
      staff.auth,
    );
    const c = state.body.data!.course;
    expect([c.seatsTaken, c.seatsLeft, c.waitlistCount]).toEqual([2, 0, 2]);
    expect(c.enrollments.edges.map((e) => [e.node.status, e.node.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['CANCELLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    // Staff of the course's city see the applicants' emails (they applied to this city's course).
    expect(c.enrollments.edges.map((e) => e.node.learner.email)).toEqual(learners.map((l) => l.email));

    // The first session starts; staff take the whole sheet in one call.
    await sleepUntil(course.firstStart);
    const enrolled = [learners[0]!, learners[2]!];
    const sheet = await platform.query<{ recordSessionAttendance: { attendanceRate: number }[] }>(
      'mutation ($s: ID!, $e: [AttendanceInput!]!) { recordSessionAttendance(sessionId: $s, entries: $e) { attendanceRate } }',
      {
        s: course.sessions[0]!.id,
        e: [
          { learnerId: enrolled[0]!.id, present: true },
          { learnerId: enrolled[1]!.id, present: false },
        ],
      },
      staff.auth,
    );
    expect(sheet.body.data?.recordSessionAttendance.map((e) => e.attendanceRate)).toEqual([1, 0]);

    const finished = await platform.query<{ finishCourse: { status: string } }>(
      'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
      { id: course.id },
      staff.auth,
    );
    expect(finished.body.data?.finishCourse.status).toBe('FINISHED');
    const twice = await platform.query(
      'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
      { id: course.id },
      staff.auth,
    );
    expect(twice.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const mine = async (learner: TestAccount) =>
      (
        await platform.query<{ me: { enrollments: { status: string; course: { id: string } }[] } }>(
          '{ me { enrollments { status course { id } } } }',
          {},
          learner.auth,
        )
      ).body.data!.me.enrollments.find((e) => e.course.id === course.id)?.status;
    expect(await mine(enrolled[0]!)).toBe('COMPLETED');
    expect(await mine(enrolled[1]!)).toBe('NOT_COMPLETED');
    expect(await mine(learners[3]!)).toBe('WAITLISTED');

    // Every state change waits in the outbox for the learning history.
    const events = await platform.services.courses.database.db.execute(
      `select verb, count(*)::int as n from courses.outbox where payload->>'courseId' = '${course.id}' group by verb order by verb`,
    );
    const counts = Object.fromEntries(
      (Array.isArray(events) ? events : (events as { rows: { verb: string; n: number }[] }).rows).map(
        (r: { verb: string; n: number }) => [r.verb, r.n],
      ),
    );
    expect(counts).toEqual({
      APPLIED: 5,
      ENROLLED: 3,
      WAITLISTED: 3,
      CANCELLED: 1,
      ATTENDED: 1,
      COMPLETED: 1,
      NOT_COMPLETED: 1,
    });
  });

  it('returns the same enrollment for a repeated application and for a repeated idempotency key', async () => {
    const course = await openCourse({ capacity: 5 });
    const learner = await signUp(platform);
    const first = (await apply(learner, course.id, 'key-1')).body.data!.applyToCourse;
    const retry = (await apply(learner, course.id, 'key-1')).body.data!.applyToCourse;
    const again = (await apply(learner, course.id)).body.data!.applyToCourse;
    expect(retry.id).toBe(first.id);
    expect(again.id).toBe(first.id);
    const other = await openCourse();
    const misuse = await apply(learner, other.id, 'key-1');
    expect(misuse.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

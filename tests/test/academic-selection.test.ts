// Academic management through the gateway, selection other than first come: the lottery draws
// residents of the city first, reproducibly from its seed; approval enrolls whom staff approve.
import { draw } from '@baeumteo/courses/lottery';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let staff: TestAccount; // CITY_STAFF of suwon
let otherStaff: TestAccount; // CITY_STAFF of seongnam
let setup: AcademicSetup;

beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
  ({ staff, otherStaff } = setup);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

describe('a lottery course', () => {
  it('draws residents of the city first, reproducibly from the recorded seed', async () => {
    const residents = await Promise.all(
      Array.from({ length: 3 }, () => signUp(platform, { residenceCityId: 'suwon' })),
    );
    const others = await Promise.all(
      Array.from({ length: 3 }, () => signUp(platform, { residenceCityId: 'ansan' })),
    );
    const course = await openCourse({
      capacity: 3,
      selection: 'LOTTERY',
      eligibility: 'PROVINCE_RESIDENTS',
      closesInMs: 4_000,
    });
    for (const learner of [...others, ...residents]) {
      expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('PENDING');
    }
    const early = await platform.query(
      'mutation ($c: ID!) { drawLottery(courseId: $c) { id } }',
      { c: course.id },
      staff.auth,
    );
    expect(early.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await sleepUntil(course.closesAt);
    const drawn = await platform.query<{
      drawLottery: {
        lotterySeed: string;
        seatsTaken: number;
        enrollments: {
          edges: {
            node: { id: string; status: string; waitlistPosition: number | null; learner: { id: string } };
          }[];
        };
      };
    }>(
      `mutation ($c: ID!) { drawLottery(courseId: $c) { lotterySeed seatsTaken
         enrollments(first: 10) { edges { node { id status waitlistPosition learner { id } } } } } }`,
      { c: course.id },
      staff.auth,
    );
    const result = drawn.body.data!.drawLottery;
    expect(result.seatsTaken).toBe(3);
    const byLearner = new Map(result.enrollments.edges.map((e) => [e.node.learner.id, e.node]));
    expect(residents.every((r) => byLearner.get(r.id)?.status === 'ENROLLED')).toBe(true);
    expect(others.map((o) => byLearner.get(o.id)?.waitlistPosition).sort()).toEqual([1, 2, 3]);
    // Anyone can re-check the draw with the seed.
    const applicants = result.enrollments.edges.map((e) => ({
      id: e.node.id,
      residenceCityId: residents.some((r) => r.id === e.node.learner.id) ? 'suwon' : 'ansan',
    }));
    const order = draw(applicants, result.lotterySeed, 'suwon', true).map((a) => a.id);
    const waiting = [...result.enrollments.edges]
      .filter((e) => e.node.status === 'WAITLISTED')
      .sort((a, b) => a.node.waitlistPosition! - b.node.waitlistPosition!);
    expect(order.slice(3)).toEqual(waiting.map((e) => e.node.id));
    const again = await platform.query(
      'mutation ($c: ID!) { drawLottery(courseId: $c) { id } }',
      { c: course.id },
      staff.auth,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('an approval course', () => {
  it('enrolls whom staff approve, never past capacity', async () => {
    const course = await openCourse({ capacity: 1, selection: 'APPROVAL' });
    const [a, b] = [await signUp(platform), await signUp(platform)];
    const ea = (await apply(a, course.id)).body.data!.applyToCourse;
    const eb = (await apply(b, course.id)).body.data!.applyToCourse;
    expect([ea.status, eb.status]).toEqual(['PENDING', 'PENDING']);
    const decide = (id: string, approve: boolean, by = staff) =>
      platform.query<{
        decideEnrollment: { status: string; course: { seatsTaken: number; seatsLeft: number } };
      }>(
        'mutation ($e: ID!, $a: Boolean!) { decideEnrollment(enrollmentId: $e, approve: $a) { status course { seatsTaken seatsLeft } } }',
        { e: id, a: approve },
        by.auth,
      );
    const approved = (await decide(ea.id, true)).body.data?.decideEnrollment;
    // The answer's course already counts the seat the approval took.
    expect(approved).toEqual({ status: 'ENROLLED', course: { seatsTaken: 1, seatsLeft: 0 } });
    expect((await decide(eb.id, true)).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await decide(eb.id, true, otherStaff)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await decide(eb.id, false)).body.data?.decideEnrollment.status).toBe('REJECTED');
  });
});

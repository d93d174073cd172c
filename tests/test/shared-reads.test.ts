// Identical reads in flight at once are fetched from a subgraph once (gateway/src/inflight.ts):
// only within one audience, never for staff, whose every read goes on an access log, and never
// across a caller's own mutation. Our gateway only: Hive's merging stays off (simultaneous-callers).
// The order "mutation, then a read joins nothing sent before it" is proven deterministically in
// gateway/test/inflight.test.ts; here it is the behaviour a learner sees under real timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';
import { scrape, totalOf } from '../src/prometheus.ts';

let platform: Platform;
let setup: AcademicSetup;
beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

const sharedFetches = async () =>
  totalOf(await scrape(platform.gatewayOrigin), 'baeumteo_subgraph_fetches_shared_total');

const enrollmentsQuery = '{ me { id enrollments { course { id } status } } }';

async function enrolledCourseIds(learner: TestAccount): Promise<string[]> {
  const r = await platform.query<{ me: { enrollments: { course: { id: string } }[] } }>(
    enrollmentsQuery,
    {},
    learner.auth,
  );
  if (!r.body.data) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.me.enrollments.map((e) => e.course.id);
}

describe('shared reads', () => {
  it("answers a learner's thirty identical requests at once with their own data, fetching less", async () => {
    const [learner, other] = await Promise.all([signUp(platform), signUp(platform)]);
    const before = await sharedFetches();
    const answers = await Promise.all(
      [...Array.from({ length: 30 }, () => learner), other].map((who) =>
        platform.query<{ me: { id: string } }>('{ me { id email displayName } }', {}, who.auth),
      ),
    );
    expect(answers.slice(0, 30).map((a) => a.body.data?.me.id)).toEqual(Array(30).fill(learner.id));
    expect(answers[30]!.body.data?.me.id).toBe(other.id);
    expect(await sharedFetches()).toBeGreaterThan(before);
  });

  it("shows a learner's application in a read sent after its answer, even with identical reads still in flight", async () => {
    const learner = await signUp(platform);
    // The same read keeps being sent while the learner applies, so one is in flight at every moment.
    let applying = true;
    const reading = (async () => {
      while (applying) await Promise.all(Array.from({ length: 4 }, () => enrolledCourseIds(learner)));
    })();
    try {
      for (let round = 0; round < 4; round++) {
        const course = await openCourse({ capacity: 5 });
        const applied = await apply(learner, course.id);
        expect(applied.body.data?.applyToCourse.status).toBe('ENROLLED');
        expect(await enrolledCourseIds(learner)).toContain(course.id);
      }
    } finally {
      applying = false;
      await reading;
    }
  });

  it("never shares staff reads: each of eight identical reads of applicants is on the learner's access log", async () => {
    const { staff } = setup;
    const learner = await signUp(platform);
    const course = await openCourse({ capacity: 5 });
    expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    const logOf = async () => {
      const r = await platform.query<{ me: { coursesAccessLog: { actorId: string | null }[] } }>(
        '{ me { coursesAccessLog { actorId action } } }',
        {},
        learner.auth,
      );
      return r.body.data!.me.coursesAccessLog.filter((e) => e.actorId === staff.id).length;
    };
    const before = await logOf();
    const reads = await Promise.all(
      Array.from({ length: 8 }, () =>
        platform.query<{ course: { enrollments: { totalCount: number } } }>(
          'query ($c: ID!) { course(id: $c) { enrollments(first: 10) { totalCount edges { node { learner { id } } } } } }',
          { c: course.id },
          staff.auth,
        ),
      ),
    );
    expect(reads.map((r) => r.body.data?.course.enrollments.totalCount)).toEqual(Array(8).fill(1));
    expect((await logOf()) - before).toBe(8);
  });
});

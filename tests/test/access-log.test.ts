// The access logs (PIPA): courses records staff reading applicants and deciding on them, and the
// learner sees it with the rest of their data; every access log is append-only and keeps its
// entries for the retention (two years by default), after which only pruning removes them.
import { randomUUID } from 'node:crypto';
import { rowsOf } from '@baeumteo/server';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let setup: AcademicSetup;
beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

interface Entry {
  action: string;
  actorId: string | null;
  actorRole: string | null;
}

async function coursesLogOf(learner: TestAccount): Promise<Entry[]> {
  const r = await platform.query<{ me: { coursesAccessLog: Entry[] } }>(
    '{ me { coursesAccessLog { at action actorId actorRole ip } } }',
    {},
    learner.auth,
  );
  if (!r.body.data) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.me.coursesAccessLog;
}

describe("courses' access log", () => {
  it('records staff listing applicants and deciding on them, and shows it to the learner', async () => {
    const { staff } = setup;
    const [approved, rejected] = await Promise.all([signUp(platform), signUp(platform)]);
    const course = await openCourse({ selection: 'APPROVAL', closesInMs: 3_000 });
    for (const learner of [approved, rejected]) {
      expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('PENDING');
    }
    expect(await coursesLogOf(approved)).toEqual([]); // the learner's own application is not logged

    const listed = await platform.query<{
      course: { enrollments: { edges: { node: { id: string; learner: { id: string } } }[] } };
    }>(
      'query ($c: ID!) { course(id: $c) { enrollments(first: 10) { edges { node { id learner { id } } } } } }',
      { c: course.id },
      staff.auth,
    );
    const edges = listed.body.data!.course.enrollments.edges;
    const enrollmentOf = (l: TestAccount) => edges.find((e) => e.node.learner.id === l.id)!.node.id;
    for (const [learner, approve] of [
      [approved, true],
      [rejected, false],
    ] as const) {
      const decided = await platform.query(
        'mutation ($e: ID!, $a: Boolean!) { decideEnrollment(enrollmentId: $e, approve: $a) { status } }',
        { e: enrollmentOf(learner), a: approve },
        staff.auth,
      );
      expect(decided.body.errors).toBeUndefined();
    }
    await sleepUntil(course.closesAt);
    const finished = await platform.query(
      'mutation ($c: ID!) { finishCourse(id: $c) { status } }',
      { c: course.id },
      staff.auth,
    );
    expect(finished.body.errors).toBeUndefined();

    const byStaff = (action: string) => ({ action, actorId: staff.id, actorRole: 'CITY_STAFF' });
    expect(await coursesLogOf(approved)).toMatchObject([
      byStaff('READ_APPLICANTS'),
      byStaff('APPROVE_ENROLLMENT'),
      byStaff('FINISH_COURSE'),
    ]);
    expect(await coursesLogOf(rejected)).toMatchObject([
      byStaff('READ_APPLICANTS'),
      byStaff('REJECT_ENROLLMENT'),
    ]);

    // The learner's export carries it too.
    const exported = await platform.query<{ exportMyData: { learner: { coursesAccessLog: Entry[] } } }>(
      'mutation { exportMyData { learner { coursesAccessLog { action actorRole } } } }',
      {},
      approved.auth,
    );
    expect(exported.body.data?.exportMyData.learner.coursesAccessLog.map((e) => e.action)).toEqual([
      'READ_APPLICANTS',
      'APPROVE_ENROLLMENT',
      'FINISH_COURSE',
    ]);
  });
});

describe('access log retention', () => {
  const logs = () =>
    [
      { db: platform.services.learners.database.db, schema: 'learners' },
      { db: platform.services.courses.database.db, schema: 'courses' },
      { db: platform.services.history.database.db, schema: 'history' },
    ] as const;

  it('keeps entries for the retention; only pruning removes older ones, and never within a year', async () => {
    for (const { db, schema } of logs()) {
      const log = sql.raw(`${schema}.access_log`);
      const prune = (days: number) =>
        db.execute(sql`select ${sql.raw(`${schema}.prune_access_log`)}(${days})::int as removed`);
      const subject = randomUUID();
      const aged = (interval: string): SQL =>
        sql`insert into ${log} (subject_id, action, at) values (${subject}, ${`AGED_${interval}`}, now() - ${interval}::interval)`;
      await db.execute(aged('3 years'));
      await db.execute(aged('1 year'));
      await db.execute(aged('1 day'));
      await expect(
        db.execute(sql`delete from ${log} where subject_id = ${subject}`),
        schema,
      ).rejects.toThrow();
      await expect(db.execute(sql`update ${log} set action = 'TAMPERED'`), schema).rejects.toThrow();
      await expect(prune(100), schema).rejects.toThrow(); // under a year: refused
      const [pruned] = rowsOf<{ removed: number }>(await prune(730));
      expect(pruned?.removed, schema).toBeGreaterThanOrEqual(1);
      const left = rowsOf<{ action: string }>(
        await db.execute(sql`select action from ${log} where subject_id = ${subject} order by at`),
      );
      expect(
        left.map((r) => r.action),
        schema,
      ).toEqual(['AGED_1 year', 'AGED_1 day']);
    }
  });
});

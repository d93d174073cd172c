// A registration rush: 2,000 learners apply at once to a 30-seat FIRST_COME course, over HTTP
// to the courses subgraph as the gateway would call it, and the database keeps every count right.
import { randomUUID } from 'node:crypto';
import { inTenant, type SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courses, enrollments, type tables } from '../src/db/schema.ts';
import { applicationsRepo } from '../src/repo/applications.ts';
import { startCourses } from '../src/service.ts';
import { builder } from './builders.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(startCourses);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

const learner = (id = randomUUID()) => ({ id, roles: [], residenceCityId: 'suwon' });

/** Runs the tasks with at most `width` in flight at once. */
async function inParallel<T>(tasks: (() => Promise<T>)[], width = 200): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

function applying(courseId: string, caller: ReturnType<typeof learner>, key?: string) {
  return callSubgraph<{ applyToCourse: { id: string; status: string; course: { id: string } } }>(
    service.url,
    'mutation ($c: ID!, $k: String) { applyToCourse(courseId: $c, idempotencyKey: $k) { id status waitlistPosition course { id } } }',
    { c: courseId, k: key ?? null },
    { caller },
  );
}

async function apply(courseId: string, caller: ReturnType<typeof learner>) {
  const response = await applying(courseId, caller);
  if (!response.data?.applyToCourse) throw new Error(JSON.stringify(response.errors));
  return response.data.applyToCourse;
}

/** The invariants a rush must keep, read straight from the database. */
async function expectConsistent(courseId: string, capacity: number) {
  const db = service.database.db;
  // Enrollments are read under read policies: the province's tenant sees every city's.
  const rows = await inTenant(db, '*', (tx) =>
    tx.select().from(enrollments).where(eq(enrollments.courseId, courseId)),
  );
  const [course] = await db.select().from(courses).where(eq(courses.id, courseId));
  const enrolled = rows.filter((r) => r.status === 'ENROLLED');
  const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
  const active = rows.filter((r) => r.status !== 'CANCELLED');
  expect(enrolled.length).toBe(Math.min(capacity, active.length));
  expect(course?.seatsTaken).toBe(enrolled.length);
  expect(course?.waitlistCount).toBe(waitlisted.length);
  expect(waitlisted.map((r) => r.waitlistPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
    Array.from({ length: waitlisted.length }, (_, i) => i + 1),
  );
  expect(new Set(active.map((r) => r.learnerId)).size).toBe(active.length);
  // Waiting order is application order: nobody who applied later waits ahead of someone earlier.
  const byPosition = [...waitlisted].sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  for (let i = 1; i < byPosition.length; i++) {
    expect(byPosition[i]!.appliedAt.getTime()).toBeGreaterThanOrEqual(byPosition[i - 1]!.appliedAt.getTime());
  }
  return { enrolled: enrolled.length, waitlisted: waitlisted.length };
}

describe('a registration rush', () => {
  it('2,000 concurrent applications to 30 seats: exactly 30 enrolled, the rest waitlisted 1..1970', async () => {
    const { course } = await builder(service.database.db).course({
      cityId: 'suwon',
      capacity: 30,
      selection: 'FIRST_COME',
    });
    const results = await inParallel(Array.from({ length: 2_000 }, () => () => apply(course.id, learner())));
    expect(results.filter((r) => r.status === 'ENROLLED')).toHaveLength(30);
    expect(results.filter((r) => r.status === 'WAITLISTED')).toHaveLength(1_970);
    expect(await expectConsistent(course.id, 30)).toEqual({ enrolled: 30, waitlisted: 1_970 });
    // A learner who applies again, even many times at once, still has one enrollment.
    const again = learner();
    const twice = await inParallel(
      Array.from({ length: 10 }, () => () => apply(course.id, again)),
      10,
    );
    expect(new Set(twice.map((r) => r.id)).size).toBe(1);
    await expectConsistent(course.id, 30);
  });

  it('with cancellations interleaved, every freed seat goes to the next in line', async () => {
    const { course } = await builder(service.database.db).course({
      cityId: 'suwon',
      capacity: 30,
      selection: 'FIRST_COME',
    });
    const callers = Array.from({ length: 2_000 }, () => learner());
    const applied: { id: string; caller: ReturnType<typeof learner> }[] = [];
    const tasks = callers.map((caller, i) => async () => {
      const enrollment = await apply(course.id, caller);
      applied.push({ id: enrollment.id, caller });
      // Every fifth applicant cancels someone who applied earlier (their own enrollment).
      if (i % 5 === 4 && applied.length > 3) {
        const victim = applied[Math.floor(applied.length / 2)] as (typeof applied)[number];
        await callSubgraph(
          service.url,
          'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
          { e: victim.id },
          {
            caller: victim.caller,
          },
        );
      }
      return enrollment;
    });
    await inParallel(tasks);
    const counts = await expectConsistent(course.id, 30);
    expect(counts.enrolled).toBe(30);
    const [cancelled] = await inTenant(service.database.db, '*', (tx) =>
      tx
        .select({ n: sql<number>`count(*)::int` })
        .from(enrollments)
        .where(sql`${enrollments.courseId} = ${course.id} and ${enrollments.status} = 'CANCELLED'`),
    );
    expect(cancelled?.n).toBeGreaterThan(100);
    expect(counts.waitlisted).toBe(2_000 - 30 - (cancelled?.n ?? 0));
  });

  it('writes applications arriving while a batch is written in a few transactions, not one each', async () => {
    const { course } = await builder(service.database.db).course({
      cityId: 'suwon',
      capacity: 30,
      selection: 'FIRST_COME',
    });
    const repo = applicationsRepo(service.database.db);
    const before = service.database.statementCount();
    let release: () => void = () => {};
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((r) => (locked = r));
    // The course's lock is held while 300 applications arrive at once: the first batch (the most
    // one transaction takes, 200) waits for the lock, and the other 100 for that batch.
    const held = inTenant(service.database.db, 'suwon', async (tx) => {
      await tx.execute(sql`select 1 from courses.courses where id = ${course.id} for update`);
      await new Promise<void>((r) => {
        release = r;
        locked();
      });
    });
    await isLocked;
    const applications = Promise.all(
      Array.from({ length: 300 }, () =>
        repo.apply(course.id, { learner: learner(), idempotencyKey: null, draftCities: [] }),
      ),
    );
    try {
      await expect.poll(() => repo.waitingFor(course.id), { timeout: 10_000 }).toBe(100);
    } finally {
      release();
      await held;
    }
    const results = await applications;
    const statements = service.database.statementCount() - before;
    const statuses = results.map((r) => (r.outcome === 'APPLIED' ? r.enrollment.status : r.outcome));
    expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(30);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(270);
    await expectConsistent(course.id, 30);
    // One transaction each would be six statements an application (tenant, lock, places held,
    // insert, count, events); here two transactions.
    expect(statements).toBeLessThan(30);
  });

  it('an idempotency key used for two courses at once applies to one of them, and places everyone else', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(
        async () =>
          (
            await builder(service.database.db).course({
              cityId: 'suwon',
              capacity: 5,
              selection: 'FIRST_COME',
            })
          ).course,
      ),
    );
    if (!a || !b) throw new Error('no courses');
    const twice = learner();
    const others = Array.from({ length: 20 }, () => learner());
    const [toA, toB, ...rest] = await Promise.all([
      applying(a.id, twice, 'same-key'),
      applying(b.id, twice, 'same-key'),
      ...others.map((o) => applying(b.id, o)),
    ]);
    const answered = [toA, toB].filter((r) => r?.data?.applyToCourse);
    expect(answered).toHaveLength(1);
    const refused = [toA, toB].find((r) => !r?.data?.applyToCourse);
    expect(refused?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(rest.every((r) => r.data?.applyToCourse.course.id === b.id)).toBe(true);
    const placed = await expectConsistent(b.id, 5);
    expect(placed.enrolled + placed.waitlisted).toBe(20 + (toB?.data?.applyToCourse ? 1 : 0));
    await expectConsistent(a.id, 5);
  });
});

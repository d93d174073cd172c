// The outboxes through the whole platform: a hung history holds no database transaction (courses
// answers promptly while its relay waits on history), and what was delivered keeps no personal
// field in the producers' outboxes.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rowsOf } from '@baeumteo/server';
import { testDatabaseUrl } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

const openCourses =
  '{ courses(filter: { cityId: "suwon", openForApplication: true }, first: 5) { edges { node { id title } } } }';

async function openCourseIds(platform: Platform): Promise<string[]> {
  const r = await platform.query<{ courses: { edges: { node: { id: string } }[] } }>(openCourses);
  if (!r.body.data) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.courses.edges.map((e) => e.node.id);
}

const apply = (platform: Platform, learner: TestAccount, courseId: string) =>
  platform.query<{ applyToCourse: { status: string } }>(
    'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }',
    { c: courseId },
    learner.auth,
  );

/** How long `work` took, in milliseconds, and what it answered. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = Date.now();
  const result = await work();
  return { ms: Date.now() - started, result };
}

describe('with history hung', () => {
  let hung: Server;
  const bodies: string[] = [];
  let platform: Platform;

  beforeAll(async () => {
    // Takes every delivery and never answers, as a hung history would.
    hung = createServer((req: IncomingMessage) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => bodies.push(Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const { port } = hung.address() as AddressInfo;
    platform = await startPlatform({ historyEventsUrl: `http://127.0.0.1:${port}/events` });
  });
  afterAll(async () => {
    hung?.closeAllConnections();
    await new Promise((r) => hung?.close(r));
    await platform?.stop();
  });

  it('answers a plain query and an application on courses promptly while its relay waits', async () => {
    const [first, second] = await openCourseIds(platform);
    const learner = await signUp(platform, { residenceCityId: 'suwon' });
    expect((await apply(platform, learner, first as string)).body.errors).toBeUndefined();
    // The courses relay has sent its batch to history and waits for an answer that never comes.
    for (let i = 0; i < 100 && !bodies.some((b) => b.includes(first as string)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(bodies.some((b) => b.includes(first as string))).toBe(true);

    const read = await timed(() => platform.query(openCourses));
    expect(read.result.body.errors).toBeUndefined();
    expect(read.ms).toBeLessThan(3_000); // the relay's send waits up to 10 s
    const other = await signUp(platform, { residenceCityId: 'suwon' });
    const write = await timed(() => apply(platform, other, second as string));
    expect(write.result.body.data?.applyToCourse.status).toBeDefined();
    expect(write.ms).toBeLessThan(3_000);

    if (testDatabaseUrl()) {
      // No courses connection sits in an open transaction while the relay waits.
      const idle = rowsOf<{ n: number }>(
        await platform.services.courses.database.db.execute(
          sql`select count(*)::int as n from pg_stat_activity
              where application_name = 'baeumteo-courses' and state like 'idle in transaction%'`,
        ),
      );
      expect(idle[0]?.n).toBe(0);
    }
  });
});

describe('once delivered', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({ relays: true });
  });
  afterAll(() => platform?.stop());

  it("keeps no learner's id or name in the producers' outboxes", async () => {
    const name = `배달 확인 ${Date.now()}`;
    const learner = await signUp(platform, { residenceCityId: 'suwon', displayName: name });
    const [course] = await openCourseIds(platform);
    expect((await apply(platform, learner, course as string)).body.errors).toBeUndefined();
    const outboxes = [
      { db: platform.services.courses.database.db, table: sql`courses.outbox` },
      { db: platform.services.learners.database.db, table: sql`learners.outbox` },
    ];
    const pending = async () => {
      let n = 0;
      for (const { db, table } of outboxes) {
        const [row] = rowsOf<{ n: number }>(
          await db.execute(sql`select count(*)::int as n from ${table} where delivered_at is null`),
        );
        n += row?.n ?? 0;
      }
      return n;
    };
    for (let i = 0; i < 100 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await pending()).toBe(0);
    for (const { db, table } of outboxes) {
      const [row] = rowsOf<{ delivered: number; holding: number; naming: number }>(
        await db.execute(sql`select count(*)::int as delivered,
            (count(*) filter (where payload is not null))::int as holding,
            (count(*) filter (where payload::text like ${`%${learner.id}%`} or payload::text like ${`%${name}%`}))::int as naming
          from ${table} where delivered_at is not null`),
      );
      expect(row?.delivered).toBeGreaterThan(0);
      expect(row).toMatchObject({ holding: 0, naming: 0 });
    }
  });
});

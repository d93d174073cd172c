// Database timeouts on PostgreSQL: every service connection starts with statement_timeout,
// lock_timeout and idle_in_transaction_session_timeout, so a statement over its limit, a lock
// wait or a transaction left open fails instead of hanging, and a client sees only the masked
// error. (PGlite takes the settings but cannot enforce them: WebAssembly has no timers.)
import { startCourses } from '@baeumteo/courses';
import { tables } from '@baeumteo/courses/outbox';
import {
  type Caller,
  type Database,
  inTenant,
  internalErrorMessage,
  rowsOf,
  type SubgraphService,
} from '@baeumteo/server';
import {
  callSubgraph,
  openTestDatabase,
  startTestSubgraph,
  type TestSubgraph,
  testDatabaseUrl,
} from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const onPostgres = !!testDatabaseUrl();
const migrationsFolder = new URL('../../subgraphs/courses/migrations', import.meta.url).pathname;

/** The SQLSTATE a statement fails with (through the driver's wrapping). */
async function failure(work: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await work();
    return undefined;
  } catch (error) {
    let current: unknown = error;
    while (current instanceof Error) {
      const code = (current as Error & { code?: unknown }).code;
      if (typeof code === 'string') return code;
      current = current.cause;
    }
    return 'unknown';
  }
}

describe.runIf(onPostgres)('database timeouts on PostgreSQL', () => {
  let opened: { close(): Promise<void> } | undefined;
  let database: Database<typeof tables>;
  beforeAll(async () => {
    const test = await openTestDatabase({
      name: 'courses',
      schema: tables,
      migrationsFolder,
      settings: { timeouts: { statementMs: 400, lockMs: 200, idleInTransactionMs: 1_000 } },
    });
    opened = test;
    database = test.database;
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('starts every service connection with the three timeouts, defaults or configured', async () => {
    const [shown] = rowsOf<Record<string, string>>(
      await database.db.execute(sql`select current_setting('statement_timeout') as statement,
        current_setting('lock_timeout') as lock,
        current_setting('idle_in_transaction_session_timeout') as idle`),
    );
    expect(shown).toEqual({ statement: '400ms', lock: '200ms', idle: '1s' });
  });

  it('ends a statement over the limit, and a transaction left idle', async () => {
    const started = Date.now();
    expect(await failure(() => database.db.execute(sql`select pg_sleep(3)`))).toBe('57014');
    expect(Date.now() - started).toBeLessThan(2_500);
    const abandoned = database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await new Promise((r) => setTimeout(r, 1_500));
      await tx.execute(sql`select 1`);
    });
    expect(await failure(() => abandoned)).toBeDefined();
  });
});

describe.runIf(onPostgres)('a request stuck behind a lock', () => {
  let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(
      (options) => startCourses({ ...options, database: { timeouts: { lockMs: 300 } } }),
      { seed: true },
    );
  });
  afterAll(() => subgraph?.stop());

  it('fails after lock_timeout with the masked error, instead of waiting for the lock', async () => {
    const { service } = subgraph;
    const open = await callSubgraph<{ courses: { edges: { node: { id: string; city: { id: string } } }[] } }>(
      service.url,
      '{ courses(filter: { cityId: "suwon", openForApplication: true }, first: 1) { edges { node { id city { id } } } } }',
    );
    const course = open.data?.courses.edges[0]?.node;
    expect(course).toBeDefined();
    const caller: Caller = { id: crypto.randomUUID(), roles: [], residenceCityId: 'suwon' };
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    let locked = () => {};
    const holding = new Promise<void>((r) => {
      locked = r;
    });
    // Someone else holds the course row for a long while (as a slow transaction would).
    const holder = inTenant(service.database.db, '*', async (tx) => {
      await tx.execute(sql`select 1 from courses.courses where id = ${course?.id} for update`);
      locked();
      await released;
    });
    await holding;
    const letGo = setTimeout(release, 5_000); // without lock_timeout the call would wait this long
    try {
      const started = Date.now();
      const applied = await callSubgraph(
        service.url,
        'mutation ($c: ID!) { applyToCourse(courseId: $c) { id status } }',
        { c: course?.id },
        { caller },
      );
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(applied.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(applied.errors?.[0]?.message).toBe(internalErrorMessage);
      expect(JSON.stringify(applied)).not.toMatch(/lock|timeout|courses\.|select|postgres/i);
    } finally {
      clearTimeout(letGo);
      release();
      await holder;
    }
  });
});

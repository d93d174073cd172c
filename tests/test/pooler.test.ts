// Behind PgBouncer in transaction mode, as production pools connections (CI starts one in
// front of the local PostgreSQL and sets DATABASE_POOL_URL): every service connection goes
// through the pooler as the service's own role, and nothing depends on session state — a
// transaction may land on any server connection, so named prepared statements, startup
// settings or a tenant left behind would break or leak here.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  type Database,
  inTenant,
  migrateDatabase,
  openDatabase,
  rowsOf,
  UnmigratedDatabaseError,
} from '@baeumteo/server';
import {
  createTestDatabase,
  openTestDatabase,
  type TestDatabase,
  testDatabaseUrl,
  testPoolUrl,
} from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const behindPooler = !!testDatabaseUrl() && !!testPoolUrl();
const migrationsFolder = new URL('../../subgraphs/courses/migrations', import.meta.url).pathname;
const run = promisify(execFile);

/** Rows of the pooler's admin console (`SHOW CLIENTS`…), which speaks only the simple protocol. */
async function pooler(command: string): Promise<string[][]> {
  const url = new URL(testPoolUrl() ?? '');
  const { stdout } = await run('psql', [
    '-h',
    url.hostname,
    '-p',
    url.port,
    '-U',
    'postgres',
    '-d',
    'pgbouncer',
    '-tAF',
    '\t',
    '-c',
    command,
  ]);
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
}

describe.runIf(behindPooler)('behind PgBouncer in transaction mode', () => {
  let opened: { close(): Promise<void> } | undefined;
  let database: Database<Record<string, never>>;
  let databaseName = '';
  beforeAll(async () => {
    const test = await openTestDatabase({ name: 'courses', schema: {}, migrationsFolder, maxConnections: 8 });
    opened = test;
    database = test.database;
    const [row] = rowsOf<{ name: string }>(await database.db.execute(sql`select current_database() as name`));
    databaseName = row?.name ?? '';
  });
  afterAll(async () => {
    await opened?.close();
  });

  it("connects through the pooler as the service's own role", async () => {
    await database.db.execute(sql`select 1`);
    const clients = await pooler('show clients');
    // SHOW CLIENTS: type, user, database, …
    const ours = clients.filter(([, user, db]) => user === 'baeumteo_courses' && db === databaseName);
    expect(ours.length).toBeGreaterThan(0);
  });

  it('runs parameterized statements and tenant transactions concurrently without session state', async () => {
    const tenants = ['suwon', 'seongnam', 'yongin', 'goyang', 'hwaseong'];
    const work = Array.from({ length: 120 }, async (_, i) => {
      const tenant = tenants[i % tenants.length] as string;
      // The same parameterized text many times at once: a named prepared statement would be
      // missing on the next server connection the pooler hands out.
      const [echo] = rowsOf<{ n: number }>(await database.db.execute(sql`select ${i}::int + 0 as n`));
      await database.ping(); // the driver's own tagged statement, prepared when the driver may
      const seen = await inTenant(database.db, tenant, async (tx) => {
        await tx.execute(sql`select pg_sleep(0.002)`);
        const [row] = rowsOf<{ tenant: string }>(
          await tx.execute(sql`select current_setting('baeumteo.tenant') as tenant`),
        );
        return row?.tenant;
      });
      return { echo: echo?.n, seen, tenant };
    });
    const results = await Promise.all(work);
    results.forEach((result, i) => {
      expect(result.echo).toBe(i);
      expect(result.seen).toBe(result.tenant);
    });
    // Outside a transaction no tenant is left on whichever server connection answers.
    const after = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const [row] = rowsOf<{ tenant: string | null; timeout: string }>(
          await database.db.execute(
            sql`select nullif(current_setting('baeumteo.tenant', true), '') as tenant, current_setting('statement_timeout') as timeout`,
          ),
        );
        return row;
      }),
    );
    for (const row of after) expect(row).toEqual({ tenant: null, timeout: '15s' });
  });

  describe('a service given only its own connection string', () => {
    let fresh: TestDatabase;
    beforeAll(async () => {
      fresh = await createTestDatabase();
    });
    afterAll(async () => {
      await fresh?.drop();
    });
    const serviceUrl = () => {
      const location = fresh.location as { url: string; poolUrl: string };
      const url = new URL(location.url);
      const pool = new URL(location.poolUrl);
      url.hostname = pool.hostname;
      url.port = pool.port;
      url.username = 'baeumteo_courses';
      return url.toString();
    };

    it('refuses to start on a database the migrations have not reached, naming the fix', async () => {
      const opening = openDatabase({
        name: 'courses',
        schema: {},
        migrationsFolder,
        location: { service: serviceUrl() },
      });
      await expect(opening).rejects.toThrow(UnmigratedDatabaseError);
      await expect(opening).rejects.toThrow(/pnpm migrate/);
    });

    it('serves once `pnpm migrate` ran, with the timeouts the migration gave its role', async () => {
      const location = fresh.location as { url: string };
      await migrateDatabase({
        name: 'courses',
        migrationsFolder,
        ownerUrl: location.url,
        settings: { timeouts: { statementMs: 1_234 } },
      });
      // A role's settings apply when a server connection starts; the pooler still holds the one
      // opened above, so (as after any change of timeouts) it is told to renew its connections.
      await pooler(`reconnect ${new URL(location.url).pathname.slice(1)}`);
      const service = await openDatabase({
        name: 'courses',
        schema: {},
        migrationsFolder,
        location: { service: serviceUrl() },
      });
      try {
        const [row] = rowsOf<{ user: string; timeout: string; venues: number }>(
          await service.db.execute(
            sql`select current_user as user, current_setting('statement_timeout') as timeout,
              (select count(*)::int from courses.venues) as venues`,
          ),
        );
        expect(row).toEqual({ user: 'baeumteo_courses', timeout: '1234ms', venues: 0 });
      } finally {
        await service.close();
      }
    });
  });
});

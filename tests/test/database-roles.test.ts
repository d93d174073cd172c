// Database roles on PostgreSQL: each subgraph's service logs in as its own role, granted its own
// schema only; it cannot read another subgraph's tables, cannot step into the owner, cannot write
// another tenant's rows, and reads personal tenant data (enrollments, attendance) only in a scope.
import { randomUUID } from 'node:crypto';
import { asReader, type Database, inTenant, openDatabase, rowsOf } from '@baeumteo/server';
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from '@baeumteo/server/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const subgraphs = ['learners', 'courses', 'content', 'history', 'notifications'] as const;
type Name = (typeof subgraphs)[number];
/** A personal table of each subgraph. */
const personal: Record<Name, SQL> = {
  learners: sql`learners.learners`,
  courses: sql`courses.enrollments`,
  content: sql`content.content_progress`,
  history: sql`history.learning_records`,
  notifications: sql`notifications.contacts`,
};

const onPostgres = !!testDatabaseUrl();
let testDb: TestDatabase;
const db = {} as Record<Name, Database<Record<string, never>>>;

beforeAll(async () => {
  if (!onPostgres) return;
  testDb = await createTestDatabase();
  // One database for the five, as a small deployment runs them.
  for (const name of subgraphs) {
    db[name] = await openDatabase({
      name,
      schema: {},
      migrationsFolder: new URL(`../../subgraphs/${name}/migrations`, import.meta.url).pathname,
      location: testDb.location,
      maxConnections: 2,
    });
  }
});
afterAll(async () => {
  for (const name of subgraphs) await db[name]?.close();
  await testDb?.drop();
});

/** The SQLSTATE a statement fails with (through the driver's wrapping), or 'ok'. */
async function outcome(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return 'ok';
  } catch (error) {
    let current: unknown = error;
    while (current instanceof Error) {
      const code = (current as Error & { code?: unknown }).code;
      if (typeof code === 'string') return code;
      current = current.cause;
    }
    throw error;
  }
}

const insufficientPrivilege = '42501';

describe.runIf(onPostgres)('database roles on PostgreSQL', () => {
  it('logs each service in as its own role, which cannot become the owner', async () => {
    for (const name of subgraphs) {
      const [me] = rowsOf<{ user: string; session: string }>(
        await db[name].db.execute(sql`select current_user as user, session_user as session`),
      );
      expect(me).toEqual({ user: `baeumteo_${name}`, session: `baeumteo_${name}` });
      const [reset] = rowsOf<{ user: string }>(
        await db[name].db.transaction(async (tx) => {
          await tx.execute(sql`reset role`);
          return tx.execute(sql`select current_user as user`);
        }),
      );
      expect(reset?.user).toBe(`baeumteo_${name}`);
      expect(await outcome(() => db[name].db.execute(sql`set role postgres`))).toBe(insufficientPrivilege);
      expect(await outcome(() => db[name].db.execute(sql`set role baeumteo_app`))).toBe(
        insufficientPrivilege,
      );
    }
  });

  it("cannot read another subgraph's tables, nor the migrations", async () => {
    for (const name of subgraphs) {
      for (const other of subgraphs) {
        const read = await outcome(() => db[name].db.execute(sql`select 1 from ${personal[other]} limit 1`));
        expect(read, `${name} reading ${other}`).toBe(other === name ? 'ok' : insufficientPrivilege);
      }
      const migrations = sql.raw(`drizzle.${name}_migrations`);
      expect(await outcome(() => db[name].db.execute(sql`select 1 from ${migrations}`))).toBe(
        insufficientPrivilege,
      );
    }
  });

  it("cannot write another tenant's rows", async () => {
    // Notifications writes no city's data of its own: what it stores comes from the producers'
    // notices, taken as one province-wide stream (its staff reads filter by city in its repo).
    const writes: Record<Exclude<Name, 'notifications'>, SQL> = {
      learners: sql`insert into learners.role_grants (learner_id, role, city_id) values (${randomUUID()}, 'CITY_STAFF', 'seongnam')`,
      courses: sql`insert into courses.venues (city_id, name, kind, address) values ('seongnam', '남의 배움터', 'LIBRARY', '중앙로 1')`,
      content: sql`insert into content.contents (title_ko, description_ko, kind, provider, city_id, duration_minutes, level, category, languages, url)
        values ('남의 강좌', '설명', 'VIDEO', 'GSEEK', 'seongnam', 10, 'BEGINNER', 'HUMANITIES', '{KO}', 'https://example.org')`,
      history: sql`insert into history.learning_records (id, learner_id, verb, occurred_at, city_id, source, statement)
        values (${randomUUID()}, ${randomUUID()}, 'APPLIED', now(), 'seongnam', 'courses', '{}')`,
    };
    for (const name of Object.keys(writes) as (keyof typeof writes)[]) {
      expect(await outcome(() => inTenant(db[name].db, 'suwon', (tx) => tx.execute(writes[name])))).toBe(
        insufficientPrivilege,
      );
      // Nor without a tenant at all.
      expect(await outcome(() => db[name].db.execute(writes[name]))).toBe(insufficientPrivilege);
    }
  });

  it('reads applications and attendance only in a scope: their city, the province, or their learner', async () => {
    const courses = db.courses.db;
    const learner = randomUUID();
    const courseId = randomUUID();
    const sessionId = randomUUID();
    await inTenant(courses, 'suwon', async (tx) => {
      await tx.execute(sql`insert into courses.courses (id, city_id, title_ko, description_ko, category, format, capacity,
          selection, eligibility, application_opens_at, application_closes_at, starts_at, ends_at, status)
        values (${courseId}, 'suwon', '강좌', '설명', 'HUMANITIES', 'OFFLINE', 10, 'FIRST_COME', 'ANYONE',
          now() - interval '1 day', now() + interval '1 day', now() + interval '2 days', now() + interval '3 days', 'OPEN')`);
      await tx.execute(sql`insert into courses.class_sessions (id, course_id, starts_at, ends_at, format)
        values (${sessionId}, ${courseId}, now(), now() + interval '2 hours', 'OFFLINE')`);
      const [enrollment] = rowsOf<{ id: string }>(
        await tx.execute(sql`insert into courses.enrollments (city_id, course_id, learner_id, status)
          values ('suwon', ${courseId}, ${learner}, 'ENROLLED') returning id`),
      );
      await tx.execute(sql`insert into courses.attendance (session_id, enrollment_id, city_id, present, recorded_by)
        values (${sessionId}, ${enrollment?.id}, 'suwon', true, ${randomUUID()})`);
    });
    const visible = async (read: (tx: typeof courses) => Promise<unknown>) => {
      const [row] = rowsOf<{ n: number }>(await read(courses));
      return row?.n;
    };
    const count = (table: SQL) => (tx: typeof courses) =>
      tx.execute(sql`select count(*)::int as n from ${table} where ${table}.city_id = 'suwon'`);
    for (const table of [sql`courses.enrollments`, sql`courses.attendance`]) {
      expect(await visible(count(table))).toBe(0); // no scope
      expect(
        await visible((db) => asReader(db, { cities: ['seongnam'], reader: randomUUID() }, count(table))),
      ).toBe(0);
      expect(await visible((db) => asReader(db, { cities: ['suwon'], reader: null }, count(table)))).toBe(1);
      expect(await visible((db) => asReader(db, { cities: '*', reader: null }, count(table)))).toBe(1);
      expect(await visible((db) => asReader(db, { cities: [], reader: learner }, count(table)))).toBe(1);
      expect(await visible((db) => inTenant(db, 'suwon', count(table)))).toBe(1);
    }
  });
});

// What a rush needs in the databases before the clock starts: FIRST_COME courses open now, and
// learners each in a session of their own (written straight into learners' tables: argon2 for
// 16,000 sign-ups would dominate the benchmark; the gateway checks these sessions like any other).
// On PostgreSQL the statements run beside the running subgraphs; PGlite's files belong to one
// process, so there the subgraph stops, its files are written, and it starts again.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type Caller, issueAccessToken, privateKeysOf } from '@baeumteo/server';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { Stack } from '../stack/stack.ts';

type Row = Record<string, unknown>;
/** Runs statements on a subgraph's database, whichever kind it is. */
type OnDatabase = <T>(
  subgraph: 'learners' | 'courses',
  work: (query: (text: string) => Promise<Row[]>) => Promise<T>,
) => Promise<T>;

export function databaseOf(stack: Stack): OnDatabase {
  if (stack.database === 'postgres') {
    return async (_subgraph, work) => {
      const sql = postgres(stack.env.DATABASE_URL as string, { max: 1, onnotice: () => {} });
      try {
        return await work(async (text) => [...(await sql.unsafe(text))] as Row[]);
      } finally {
        await sql.end();
      }
    };
  }
  return async (subgraph, work) => {
    let result: unknown;
    await stack.whileStopped(subgraph, async () => {
      const db = new PGlite(join(stack.dataDir, subgraph));
      try {
        result = await work(async (text) => {
          const results = await db.exec(text);
          return (results.at(-1)?.rows ?? []) as Row[];
        });
      } finally {
        await db.close();
      }
    });
    return result as never;
  };
}

export async function openCourses(on: OnDatabase, count: number, capacity: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const starts = new Date(Date.now() + 7 * 86_400_000);
  const ends = new Date(starts.getTime() + 7_200_000);
  const values = ids.map(
    (id, i) => `('${id}', 'suwon', '벤치마크 강좌 ${i}', '부하 측정용', 'VOCATIONAL', 'ONLINE', ${capacity},
      'FIRST_COME', 'ANYONE', now() - interval '1 hour', now() + interval '1 day', '${starts.toISOString()}',
      '${ends.toISOString()}', 'OPEN')`,
  );
  await on('courses', (query) =>
    query(`insert into courses.courses (id, city_id, title_ko, description_ko, category, format, capacity,
      selection, eligibility, application_opens_at, application_closes_at, starts_at, ends_at, status)
      values ${values.join(',\n')}`),
  );
  return ids;
}

/** `count` learners of Suwon, each with a session and an access token. */
export async function learnersWithTokens(stack: Stack, on: OnDatabase, count: number) {
  const callers: Caller[] = Array.from({ length: count }, () => ({
    id: randomUUID(),
    roles: [],
    residenceCityId: 'suwon',
  }));
  const expiresAt = new Date(Date.now() + 86_400_000);
  const sessions = await on('learners', async (query) => {
    const made = new Map<string, string>();
    for (let i = 0; i < callers.length; i += 2_000) {
      const ids = callers
        .slice(i, i + 2_000)
        .map((c) => `'${c.id}'::uuid`)
        .join(',');
      await query(
        `insert into learners.learners (id, display_name) select unnest(array[${ids}]), '부하 시험 학습자'`,
      );
      const rows = await query(
        `insert into learners.sessions (learner_id, expires_at) select unnest(array[${ids}]), '${expiresAt.toISOString()}'::timestamptz returning id, learner_id`,
      );
      for (const row of rows) made.set(String(row.learner_id), String(row.id));
    }
    return made;
  });
  const key = privateKeysOf(stack.env, ['token'], false).token;
  const tokens = await Promise.all(
    callers.map(async (caller) => {
      const id = sessions.get(caller.id);
      if (!id) throw new Error('no session was made');
      return (await issueAccessToken(key, caller, { id, expiresAt })).token;
    }),
  );
  return { callers, tokens };
}

export interface CourseCounts {
  /** Courses whose seat and waitlist counters disagree with their enrollments, or overfilled. */
  wrongCounts: number;
  /** Each enrollment's status by `learnerId/courseId`. */
  statuses: Map<string, string>;
}

export async function countsOf(on: OnDatabase, courseIds: string[]): Promise<CourseCounts> {
  const list = courseIds.map((id) => `'${id}'`).join(',');
  return on('courses', async (query) => {
    const [check] = await query(`
      select count(*) filter (where c.seats_taken <> coalesce(e.enrolled, 0) or c.waitlist_count <> coalesce(e.waitlisted, 0)
        or c.seats_taken > c.capacity)::int as broken
      from courses.courses c left join (
        select course_id, count(*) filter (where status = 'ENROLLED') as enrolled, count(*) filter (where status = 'WAITLISTED') as waitlisted
        from courses.enrollments group by course_id) e on e.course_id = c.id
      where c.id in (${list})`);
    const rows = await query(
      `select learner_id, course_id, status from courses.enrollments where course_id in (${list})`,
    );
    return {
      wrongCounts: Number(check?.broken ?? 0),
      statuses: new Map(rows.map((r) => [`${r.learner_id}/${r.course_id}`, String(r.status)])),
    };
  });
}

// `pnpm bench:rush`: a course-registration opening on PostgreSQL. N learners (default 10,000)
// apply to 100 FIRST_COME courses within seconds, once through the gateway and once directly
// against the courses subgraph. Reports applications per second, p50/p95/p99 latency and
// errors, checks every course's counts afterwards, and writes bench/results/rush-<time>.{json,md}.
//   pnpm bench:rush [--learners 10000] [--courses 100] [--capacity 30] [--concurrency 200]
// PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL names a server (a fresh database is created on
// it and dropped afterwards); default postgres://postgres@127.0.0.1:5432/postgres.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type Caller, inTenant } from '@baeumteo/server';
import { callSubgraph } from '@baeumteo/server/testing';
import postgres from 'postgres';
import { postGraphQL, startPlatform } from '../src/platform.ts';
import { sessionTokensFor } from '../src/sessions.ts';
import { describeMachine, machineOf, percentile, writeReport } from './report.ts';

const { values } = parseArgs({
  options: {
    learners: { type: 'string', default: '10000' },
    courses: { type: 'string', default: '100' },
    capacity: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '200' },
  },
});
const learners = Number(values.learners);
const courseCount = Number(values.courses);
const capacity = Number(values.capacity);
const concurrency = Number(values.concurrency);
for (const [name, n] of Object.entries({ learners, courseCount, capacity, concurrency })) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
}

const server =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `baeumteo_bench_${Date.now()}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [
  { version: string },
];
await admin.unsafe(`create database ${dbName}`);
const url = new URL(server);
url.pathname = `/${dbName}`;
process.env.DATABASE_URL = url.toString();
const log = (line: string) => process.stdout.write(`${line}\n`);

log(
  `rush: ${learners} learners, ${courseCount} courses x ${capacity} seats, ${concurrency} in flight, PostgreSQL ${version}`,
);
const platform = await startPlatform({ seed: false });

async function openCourses(): Promise<string[]> {
  const db = platform.services.courses.database.db;
  const now = Date.now();
  const ids: string[] = [];
  await inTenant(db, '*', async (tx) => {
    for (let i = 0; i < courseCount; i++) {
      const id = randomUUID();
      ids.push(id);
      const starts = new Date(now + 7 * 86_400_000);
      await tx.execute(`insert into courses.courses (id, city_id, title_ko, description_ko, category, format, capacity,
          selection, eligibility, application_opens_at, application_closes_at, starts_at, ends_at, status)
        values ('${id}', 'suwon', '벤치마크 강좌 ${i}', '부하 측정용', 'VOCATIONAL', 'ONLINE', ${capacity},
          'FIRST_COME', 'ANYONE', now() - interval '1 hour', now() + interval '1 day', '${starts.toISOString()}',
          '${new Date(starts.getTime() + 7_200_000).toISOString()}', 'OPEN')`);
    }
  });
  return ids;
}

type Send = (caller: Caller, courseId: string) => Promise<boolean>;

/** `prepare` runs before the clock starts (e.g. the learners' sessions). */
async function rush(label: string, send: Send, prepare?: (callers: Caller[]) => Promise<void>) {
  const courseIds = await openCourses();
  const callers: Caller[] = Array.from({ length: learners }, () => ({
    id: randomUUID(),
    roles: [],
    residenceCityId: 'suwon',
  }));
  await prepare?.(callers);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const progress = setInterval(() => log(`  ${label}: ${latencies.length + errors}/${learners}`), 2_000);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < learners) {
        const i = next++;
        const t0 = performance.now();
        const ok = await send(callers[i] as Caller, courseIds[i % courseIds.length] as string).catch(
          () => false,
        );
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const check = await platform.services.courses.database.db.execute(`
    select count(*) filter (where c.seats_taken <> e.enrolled or c.waitlist_count <> e.waitlisted or c.seats_taken > c.capacity)::int as broken
    from courses.courses c join (
      select course_id, count(*) filter (where status = 'ENROLLED') as enrolled, count(*) filter (where status = 'WAITLISTED') as waitlisted
      from courses.enrollments group by course_id) e on e.course_id = c.id
    where c.id in (${courseIds.map((id) => `'${id}'`).join(',')})`);
  const broken = (
    (Array.isArray(check) ? check : (check as { rows: unknown[] }).rows)[0] as { broken: number }
  ).broken;
  const result = {
    path: label,
    applications: learners,
    seconds: Number(seconds.toFixed(2)),
    applicationsPerSecond: Math.round(learners / seconds),
    latencyMs: {
      p50: Number(percentile(latencies, 50).toFixed(1)),
      p95: Number(percentile(latencies, 95).toFixed(1)),
      p99: Number(percentile(latencies, 99).toFixed(1)),
      max: Number((latencies.at(-1) ?? 0).toFixed(1)),
    },
    errors,
    coursesWithWrongCounts: broken,
  };
  log(
    `  ${label}: ${result.applicationsPerSecond} applications/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, ${errors} errors, ${broken} courses with wrong counts`,
  );
  return result;
}

const mutation = 'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }';
const results = [];
try {
  const tokens = new Map<string, string>();
  results.push(
    await rush(
      'gateway',
      async (caller, courseId) => {
        const token = tokens.get(caller.id);
        const response = await postGraphQL<{ applyToCourse: unknown }>(
          platform.gatewayUrl,
          mutation,
          { c: courseId },
          {
            authorization: `Bearer ${token}`,
          },
        );
        return response.status === 200 && !response.body.errors;
      },
      async (callers) => {
        const made = await sessionTokensFor(platform, callers);
        for (const [i, caller] of callers.entries()) tokens.set(caller.id, made[i] as string);
      },
    ),
  );
  results.push(
    await rush('courses subgraph', async (caller, courseId) => {
      // Signed as the gateway signs (an assertion per request), without the gateway's other work.
      const response = await callSubgraph(
        platform.services.courses.url,
        mutation,
        { c: courseId },
        { caller },
      );
      return response.status === 200 && !response.errors;
    }),
  );
} finally {
  await platform.stop();
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}

const machine = machineOf(version);
const report = {
  benchmark: 'rush',
  at: new Date().toISOString(),
  machine,
  settings: { learners, courses: courseCount, capacity, concurrency },
  results,
};
const table = [
  `# Registration rush, ${report.at}`,
  '',
  `${learners} learners applying to ${courseCount} FIRST_COME courses of ${capacity} seats, ${concurrency} requests in flight.`,
  describeMachine(machine),
  '',
  '| path | applications/s | p50 ms | p95 ms | p99 ms | errors | courses with wrong counts |',
  '|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.path} | ${r.applicationsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.errors} | ${r.coursesWithWrongCounts} |`,
  ),
  '',
].join('\n');
const written = writeReport('rush', report.at, report, table);
log(`wrote ${written}.json and .md`);
process.exit(results.some((r) => r.errors > 0 || r.coursesWithWrongCounts > 0) ? 1 : 0);

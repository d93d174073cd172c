// `pnpm bench:rush`: a course-registration opening. N learners (default 16,000) apply to 100
// FIRST_COME courses at once, through the gateway and then directly against the courses subgraph
// (signed as the gateway signs), on PostgreSQL and on PGlite, every service its own process as
// deployed. Reports applications per second, p50/p95/p99 and errors; afterwards checks every
// course's counters against its enrollments and every answer against what was stored (nobody told
// "enrolled" who is not); while the rush runs through the gateway, an anonymous course page is read
// every 100 ms and its seats-left compared with the answers already given (never more than 1 s
// behind). Writes bench/results/rush-<time>.{json,md}.
//   pnpm bench:rush [--learners 16000] [--courses 100] [--capacity 30] [--concurrency 200]
//                   [--databases postgres,pglite] [--paths gateway,courses]
// PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL names a server (a fresh database is created on
// it and dropped afterwards); default postgres://postgres@127.0.0.1:5432/postgres.
import { parseArgs } from 'node:util';
import { privateKeysOf, serviceSigner } from '@baeumteo/server';
import { callSubgraph } from '@baeumteo/server/testing';
import { describeMachine, machineOf, writeReport } from './report.ts';
import { countsOf, databaseOf, learnersWithTokens, openCourses } from './rush/data.ts';
import { type Answer, type RushResult, runRush, type SeatsLeftWatch, watchSeats } from './rush/run.ts';
import { type DatabaseKind, startStack } from './stack/stack.ts';

const { values } = parseArgs({
  options: {
    learners: { type: 'string', default: '16000' },
    courses: { type: 'string', default: '100' },
    capacity: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '200' },
    databases: { type: 'string', default: 'postgres,pglite' },
    paths: { type: 'string', default: 'gateway,courses' },
  },
});
const learners = Number(values.learners);
const courseCount = Number(values.courses);
const capacity = Number(values.capacity);
const concurrency = Number(values.concurrency);
for (const [name, n] of Object.entries({ learners, courses: courseCount, capacity, concurrency })) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
}
const databases = values.databases.split(',') as DatabaseKind[];
const paths = values.paths.split(',');
if (databases.some((d) => d !== 'postgres' && d !== 'pglite'))
  throw new Error('--databases: postgres, pglite');
if (paths.some((p) => p !== 'gateway' && p !== 'courses')) throw new Error('--paths: gateway, courses');

const log = (line: string) => process.stdout.write(`${line}\n`);
const mutation = 'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }';
interface Checked extends RushResult {
  database: DatabaseKind;
  coursesWithWrongCounts: number;
  answersNotAsStored: number;
  toldEnrolled: number;
  seatsLeft: SeatsLeftWatch | null;
}
const results: Checked[] = [];
const versions: string[] = [];

for (const database of databases) {
  log(
    `\nrush on ${database === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${learners} learners, ${courseCount} courses x ${capacity} seats, ${concurrency} in flight`,
  );
  const stack = await startStack(database, ['ours'], (line) => log(line));
  if (stack.postgresVersion) versions.push(stack.postgresVersion);
  try {
    const on = databaseOf(stack);
    log('  opening courses and making the learners’ sessions');
    const all = await openCourses(on, courseCount * paths.length, capacity);
    const { callers, tokens } = await learnersWithTokens(stack, on, learners);
    const gatewayUrl = stack.gateways.ours.url;
    for (const [p, path] of paths.entries()) {
      const courseIds = all.slice(p * courseCount, (p + 1) * courseCount);
      const answers: Answer[] = [];
      let send: (i: number, courseId: string) => Promise<string | null>;
      if (path === 'gateway') {
        send = async (i, courseId) => {
          const response = await fetch(gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
            body: JSON.stringify({ query: mutation, variables: { c: courseId } }),
          });
          const body = (await response.json()) as {
            data?: { applyToCourse?: { status: string } };
            errors?: unknown;
          };
          return response.status === 200 && !body.errors ? (body.data?.applyToCourse?.status ?? null) : null;
        };
      } else {
        const signer = serviceSigner('gateway', privateKeysOf(stack.env, ['gateway'], false).gateway);
        send = async (i, courseId) => {
          const response = await callSubgraph<{ applyToCourse: { status: string } }>(
            stack.subgraphs.courses.url,
            mutation,
            { c: courseId },
            { caller: callers[i] ?? null, signer, audience: 'courses' },
          );
          return response.status === 200 && !response.errors
            ? (response.data?.applyToCourse.status ?? null)
            : null;
        };
      }
      const watched = courseIds[0] as string;
      const watcher = path === 'gateway' ? watchSeats(gatewayUrl, watched, capacity, answers) : null;
      const result = await runRush({
        label: path === 'gateway' ? 'gateway' : 'courses subgraph',
        learners,
        concurrency,
        courseOf: (i) => courseIds[i % courseIds.length] as string,
        learnerOf: (i) => callers[i]?.id as string,
        send,
        answers,
        log,
      });
      const staleness = watcher ? await watcher.stop() : null;
      const counts = await countsOf(on, courseIds);
      const told = answers.filter((a) => a.status === 'ENROLLED');
      const wrongAnswers = answers.filter(
        (a) => counts.statuses.get(`${a.learnerId}/${a.courseId}`) !== a.status,
      ).length;
      const full: Checked = {
        ...result,
        database,
        coursesWithWrongCounts: counts.wrongCounts,
        answersNotAsStored: wrongAnswers,
        toldEnrolled: told.length,
        seatsLeft: staleness,
      };
      results.push(full);
      log(
        `  ${full.path}: ${full.applicationsPerSecond} applications/s in ${full.seconds} s, p50 ${full.latencyMs.p50} ms, p99 ${full.latencyMs.p99} ms, ${full.errors} errors, ${full.coursesWithWrongCounts} courses with wrong counts, ${full.answersNotAsStored} answers not as stored${staleness ? `; seats-left read ${staleness.reads} times, at most ${staleness.maxBehindMs} ms behind` : ''}`,
      );
    }
  } finally {
    await stack.stop();
  }
}

const machine = machineOf(versions[0] ?? 'not used');
const report = {
  benchmark: 'rush',
  at: new Date().toISOString(),
  machine,
  settings: {
    learners,
    courses: courseCount,
    capacity,
    concurrency,
    topology: 'each service its own process',
  },
  results,
};
const table = [
  `# Registration rush, ${report.at}`,
  '',
  `${learners} learners applying to ${courseCount} FIRST_COME courses of ${capacity} seats, ${concurrency} requests in flight; the four subgraphs and the gateway each their own process, the load generator beside them.`,
  describeMachine(machine),
  '',
  '| database | path | applications/s | seconds | p50 ms | p95 ms | p99 ms | errors | wrong counts | answers not as stored | seats-left behind (max ms) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.database} | ${r.path} | ${r.applicationsPerSecond} | ${r.seconds} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.errors} | ${r.coursesWithWrongCounts} | ${r.answersNotAsStored} | ${r.seatsLeft ? r.seatsLeft.maxBehindMs : '–'} |`,
  ),
  '',
].join('\n');
const written = writeReport('rush', report.at, report, table);
log(`wrote ${written}.json and .md`);
const failed = results.some(
  (r) =>
    r.errors > 0 ||
    r.coursesWithWrongCounts > 0 ||
    r.answersNotAsStored > 0 ||
    (r.seatsLeft && r.seatsLeft.maxBehindMs > 1_000),
);
process.exit(failed ? 1 : 0);

// `pnpm bench:history`: the history subgraph over HTTP on the synthetic province that
// `pnpm gen:history` wrote. Measures provinceStats for the last calendar year (target < 1 s),
// for the last 365 days (partial months at both ends), and one learner's transcript page with
// its totals for a sample of learners (target < 50 ms). Writes bench/results/history-<time>.{json,md}.
//   pnpm bench:history [--runs 10] [--learners 300]
import { parseArgs } from 'node:util';
import { startHistory } from '@baeumteo/history';
import { type Caller, generateSigningKeys, koreaYear } from '@baeumteo/server';
import { callSubgraph, registerTestSubgraph, testTrust } from '@baeumteo/server/testing';
import postgres from 'postgres';
import { historyBenchDatabase } from './historyDatabase.ts';
import { describeMachine, latencySummary, machineOf, writeReport } from './report.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, learners: { type: 'string', default: '300' } },
});
const runs = Number(values.runs);
const sampleSize = Number(values.learners);
const log = (line: string) => process.stdout.write(`${line}\n`);

let url: string;
try {
  url = await historyBenchDatabase({ create: false });
} catch (error) {
  log(`bench:history: ${(error as Error).message}`);
  process.exit(2);
}
const sql = postgres(url, { max: 1, onnotice: () => {} });
const [facts] = (await sql`
  select current_setting('server_version') as version,
    (select count(*) from history.learning_records)::bigint as records,
    (select count(*) from history.learner_years)::bigint as rollup`) as unknown as [
  { version: string; records: string; rollup: string },
];
if (Number(facts.records) === 0) {
  log('bench:history: the database holds no records: run `pnpm gen:history --residents 1000000` first.');
  process.exit(2);
}
const sample = (
  (await sql`
    select distinct learner_id as id from history.learning_records tablesample system (0.5)
    limit ${sampleSize}`) as unknown as { id: string }[]
).map((r) => r.id);
const residents = await sql`select count(distinct learner_id)::bigint as n from history.learner_years`;
await sql.end();

const history = await startHistory({
  port: 0,
  host: '127.0.0.1',
  trust: testTrust,
  location: { url },
  keys: generateSigningKeys(),
});
registerTestSubgraph(history);
const analyst: Caller = {
  id: crypto.randomUUID(),
  roles: [{ role: 'ANALYST', cityId: null }],
  residenceCityId: null,
};

async function timed(query: string, variables: Record<string, unknown>, caller: Caller): Promise<number> {
  const started = performance.now();
  const response = await callSubgraph(history.url, query, variables, { caller });
  const ms = performance.now() - started;
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return ms;
}

const statsQuery = `query ($from: DateTime!, $to: DateTime!) { provinceStats(from: $from, to: $to) {
  participationGap cities { city { id } activeLearners participationRate enrollments completions
  completionRate learningHours } } }`;

async function statsCase(label: string, from: Date, to: Date) {
  const variables = { from: from.toISOString(), to: to.toISOString() };
  await timed(statsQuery, variables, analyst); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(statsQuery, variables, analyst));
  log(`  ${label}: ${JSON.stringify(latencySummary(samples))} ms`);
  return { case: label, runs, targetMs: 1000, latencyMs: latencySummary(samples) };
}

const transcriptQuery = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Learner {
  transcript { totalHours hoursByCategory { category hours }
    records(first: 20) { totalCount edges { cursor node { id verb occurredAt city { id } hours } } } } } } }`;

const results = [];
try {
  const year = koreaYear(new Date()) - 1;
  log(
    `bench:history: ${facts.records} records, ${facts.rollup} learner-year rows, PostgreSQL ${facts.version}`,
  );
  results.push(
    await statsCase(
      `provinceStats, calendar year ${year}`,
      new Date(`${year}-01-01T00:00:00+09:00`),
      new Date(`${year + 1}-01-01T00:00:00+09:00`),
    ),
  );
  results.push(
    await statsCase('provinceStats, the last 365 days', new Date(Date.now() - 365 * 86_400_000), new Date()),
  );
  const transcripts: number[] = [];
  for (const id of sample) {
    const caller: Caller = { id, roles: [{ role: 'RESIDENT', cityId: null }], residenceCityId: null };
    transcripts.push(await timed(transcriptQuery, { reps: [{ __typename: 'Learner', id }] }, caller));
  }
  log(`  transcript (${sample.length} learners): ${JSON.stringify(latencySummary(transcripts))} ms`);
  results.push({
    case: `one learner's transcript: totals and the newest 20 records (${sample.length} learners)`,
    runs: sample.length,
    targetMs: 50,
    latencyMs: latencySummary(transcripts),
  });
} finally {
  await history.stop();
}

const machine = machineOf(facts.version);
const report = {
  benchmark: 'history',
  at: new Date().toISOString(),
  machine,
  data: {
    records: Number(facts.records),
    rollupRows: Number(facts.rollup),
    learners: Number(residents[0]?.n),
  },
  results,
};
const markdown = [
  `# Learning history at province scale, ${report.at}`,
  '',
  `${report.data.records.toLocaleString('en')} learning records of ${report.data.learners.toLocaleString('en')} learners ` +
    `(from \`pnpm gen:history\`), ${report.data.rollupRows.toLocaleString('en')} learner-year rollup rows; ` +
    'each request over HTTP to the history subgraph, one at a time.',
  describeMachine(machine),
  '',
  '| request | runs | p50 ms | p95 ms | p99 ms | max ms | target | met (p95) |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.case} | ${r.runs} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.latencyMs.max} | < ${r.targetMs} ms | ${r.latencyMs.p95 < r.targetMs ? 'yes' : 'no'} |`,
  ),
  '',
].join('\n');
log(`wrote ${writeReport('history', report.at, report, markdown)}.json and .md`);
process.exit(0);

// `pnpm bench:gateway`: our gateway side by side with Hive Gateway and Hive Gateway with its Rust
// query planner, on the same supergraph, the same four subgraphs (started once) and the same
// subgraph credentials. Checks that all three answer byte-identical JSON, then runs the catalog
// page, `cities`, a course page and a signed-in `me` with wrk at each connection count, the
// gateways alternating, several runs each; reads each gateway's CPU from /proc; measures the
// gateway's own overhead over a direct subgraph call at one connection; on PGlite and PostgreSQL.
// Writes bench/results/gateway-<time>.{json,md}; its last line is the smallest throughput ratio of
// the goals (catalog and cities against both peers): `min ratio ours/peer: N.NN`.
//   pnpm bench:gateway [--seconds 10] [--runs 3] [--connections 20,100] [--databases pglite,postgres]
//                      [--operations catalog,cities,course,me] [--gateways ours,hive,hive-rust]
// PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL names a server (a fresh database is created on it
// and dropped afterwards); default postgres://postgres@127.0.0.1:5432/postgres. Needs `wrk`.
import { parseArgs } from 'node:util';
import { measureOverhead, type Overhead } from './gateway/overhead.ts';
import { type OperationName, operationNames, operations, signedIn } from './gateway/queries.ts';
import { type Cell, evaluateGoals, median, renderMarkdown } from './gateway/summary.ts';
import { runWrk } from './gateway/wrk.ts';
import { describeMachine, machineOf, writeReport } from './report.ts';
import { cpuMs } from './stack/processes.ts';
import {
  type DatabaseKind,
  type GatewayName,
  gatewayNames,
  gatewayTitle,
  type Stack,
  startStack,
} from './stack/stack.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20,100' },
    databases: { type: 'string', default: 'pglite,postgres' },
    operations: { type: 'string', default: operationNames.join(',') },
    gateways: { type: 'string', default: gatewayNames.join(',') },
  },
});

function listOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').map((s) => s.trim()) as T[];
  const unknown = items.filter((item) => !allowed.includes(item));
  if (unknown.length > 0 || items.length === 0)
    throw new Error(`--${flag}: unknown ${unknown.join(', ')} (one or more of ${allowed.join(', ')})`);
  return items;
}
const seconds = Number(values.seconds);
const runs = Number(values.runs);
const connections = values.connections.split(',').map(Number);
if (!(seconds >= 1) || !Number.isInteger(runs) || runs < 1 || connections.some((c) => !(c >= 1)))
  throw new Error('--seconds, --runs and --connections take positive numbers');
const databases = listOf<DatabaseKind>('databases', values.databases, ['pglite', 'postgres']);
const chosen = listOf('operations', values.operations, operationNames);
const gateways = listOf('gateways', values.gateways, gatewayNames);
if (!gateways.includes('ours')) throw new Error('--gateways must include ours: the ratios are ours/peer');

const say = (line: string) => process.stdout.write(`${line}\n`);

async function graphql(url: string, body: string, token?: string): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body });
  // The JSON text itself: Apollo Server ends its body with a newline, Hive does not.
  return (await response.text()).trimEnd();
}

/** The demo resident's token, and the bodies: the city with most open courses, one of its courses. */
async function prepare(stack: Stack): Promise<{ token: string; bodies: Record<OperationName, string> }> {
  const url = stack.gateways.ours.url;
  const signIn = JSON.parse(
    await graphql(
      url,
      JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
        variables: { e: 'resident@demo.baeumteo.kr', p: 'demo-resident-2026' },
      }),
    ),
  );
  const token = signIn.data?.signIn?.token;
  if (!token) throw new Error(`the demo resident could not sign in: ${JSON.stringify(signIn.errors)}`);
  const cities = JSON.parse(await graphql(url, JSON.stringify({ query: '{ cities { id } }' }))).data
    .cities as {
    id: string;
  }[];
  let best = { cityId: '', courseId: '', total: -1 };
  for (const { id } of cities) {
    const answer = JSON.parse(
      await graphql(url, JSON.stringify({ query: operations.catalog, variables: { cityId: id } })),
    );
    const page = answer.data?.courses;
    if (page && page.totalCount > best.total && page.edges.length > 0)
      best = { cityId: id, courseId: page.edges[0].node.id, total: page.totalCount };
  }
  if (best.total < 1) throw new Error('no city has a course open for application in the demo catalog');
  const body = (name: OperationName, variables?: Record<string, unknown>) =>
    JSON.stringify({ query: operations[name], ...(variables ? { variables } : {}) });
  return {
    token,
    bodies: {
      catalog: body('catalog', { cityId: best.cityId }),
      cities: body('cities'),
      course: body('course', { id: best.courseId }),
      me: body('me'),
    },
  };
}

/** Every gateway's answer to every operation must be the same bytes, with data and no errors. */
async function checkIdentical(stack: Stack, bodies: Record<OperationName, string>, token: string) {
  for (const name of chosen) {
    const answers = await Promise.all(
      gateways.map(
        async (g) =>
          [
            g,
            await graphql(stack.gateways[g].url, bodies[name], signedIn.has(name) ? token : undefined),
          ] as const,
      ),
    );
    const [, reference] = answers[0]!;
    const parsed = JSON.parse(reference);
    if (!parsed.data || parsed.errors)
      throw new Error(`${name}: ours answered with errors: ${reference.slice(0, 500)}`);
    for (const [g, answer] of answers.slice(1)) {
      if (answer === reference) continue;
      let at = 0;
      while (answer[at] === reference[at]) at++;
      throw new Error(
        `${name}: ${gatewayTitle(g)} answers differently from ours at byte ${at}:\n  ours:  …${reference.slice(Math.max(0, at - 80), at + 80)}\n  ${g}: …${answer.slice(Math.max(0, at - 80), at + 80)}`,
      );
    }
    say(`  ${name}: byte-identical from ${gateways.length} gateways (${reference.length} bytes)`);
  }
}

async function measure(
  stack: Stack,
  gateway: GatewayName,
  name: OperationName,
  body: string,
  token: string,
  c: number,
  s: number,
) {
  const service = stack.gateways[gateway];
  const before = cpuMs(service.pid);
  const result = await runWrk(
    {
      url: service.url,
      body,
      ...(signedIn.has(name) ? { headers: { Authorization: `Bearer ${token}` } } : {}),
    },
    { connections: c, seconds: s },
  );
  const cpu = cpuMs(service.pid) - before;
  return { ...result, cpuMsPerRequest: result.requests > 0 ? cpu / result.requests : 0 };
}

const cells: Cell[] = [];
const overheads: Partial<Record<DatabaseKind, Record<string, Overhead>>> = {};
const versions: string[] = [];
const started = Date.now();
for (const database of databases) {
  say(
    `\n${database === 'pglite' ? 'PGlite' : 'PostgreSQL'}: starting the subgraphs and ${gateways.length} gateways`,
  );
  const stack = await startStack(database, gateways, say);
  if (stack.postgresVersion) versions.push(stack.postgresVersion);
  try {
    const { token, bodies } = await prepare(stack);
    await checkIdentical(stack, bodies, token);
    // At every connection count: a server's first seconds under a burst of new connections (its
    // code not yet optimised, its sockets new) would otherwise land in whichever run comes first.
    say('  warming up');
    for (const name of chosen)
      for (const g of gateways)
        for (const c of connections) await measure(stack, g, name, bodies[name], token, c, 2);
    for (let run = 0; run < runs; run++) {
      const order = [...gateways.slice(run % gateways.length), ...gateways.slice(0, run % gateways.length)];
      for (const c of connections) {
        for (const name of chosen) {
          for (const g of order) {
            const r = await measure(stack, g, name, bodies[name], token, c, seconds);
            cells.push({ database, gateway: g, operation: name, connections: c, run, ...r });
            say(
              `  run ${run + 1}/${runs} ${name.padEnd(7)} c=${String(c).padEnd(3)} ${g.padEnd(9)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${r.p50Ms.toFixed(1)} ms  p99 ${r.p99Ms.toFixed(1)} ms  errors ${r.errors}  cpu ${r.cpuMsPerRequest.toFixed(2)} ms/req`,
            );
          }
        }
      }
    }
    // The gateway's own cost: a one-subgraph operation no cache answers (a city's resident count
    // has maxAge 0), asked anonymously through each gateway and directly of learners.
    const oneFetch = JSON.stringify({
      query: 'query($id: ID!) { city(id: $id) { id name residentCount } }',
      variables: { id: 'suwon' },
    });
    const subgraph = { name: 'learners', url: stack.subgraphs.learners.url };
    overheads[database] = {};
    for (const g of gateways) {
      const o = await measureOverhead(stack.env, stack.gateways[g].url, subgraph, oneFetch, {
        requests: 1500,
        blocks: 3,
      });
      overheads[database][g] = o;
      say(
        `  overhead at 1 connection, ${g}: p50 ${o.gatewayP50Ms.toFixed(2)} ms vs direct ${o.directP50Ms.toFixed(2)} ms (+${o.overheadP50Ms.toFixed(2)} ms)`,
      );
    }
  } finally {
    await stack.stop();
  }
}

const machine = machineOf(versions[0] ?? 'not used');
const goals = evaluateGoals(cells, overheads, connections);
const at = new Date().toISOString();
const settings = {
  seconds,
  runs,
  connections,
  databases,
  operations: chosen,
  gateways,
  minutes: (Date.now() - started) / 60_000,
};
const medians = median(cells);
const stem = writeReport(
  'gateway',
  at,
  { at, machine, settings, medians, overheads, goals, cells },
  renderMarkdown({
    at,
    machineLine: describeMachine(machine),
    settings,
    medians,
    overheads,
    goals,
    gateways,
  }),
);
say(`\nGoals (medians of ${runs} runs):`);
for (const goal of goals.list) say(`  ${goal.met ? 'met    ' : 'NOT met'} ${goal.text}: ${goal.measured}`);
say(`Results: ${stem}.{json,md}`);
say(`min ratio ours/peer: ${goals.minRatio === null ? 'n/a' : goals.minRatio.toFixed(2)}`);

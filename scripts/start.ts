// `pnpm start`: the whole platform on one machine. Builds the city site, starts the four
// subgraphs (seeding an empty database on first run), the gateway and the web site (served by
// packages/site-server as in production: compressed, cached, behind its security headers),
// waits until each answers, and prints the URLs. Ctrl+C stops everything.
//   CITY=siheung pnpm start      a different city's skin
//   DATABASE_URL=postgres://...  PostgreSQL instead of embedded PGlite under .data/
//   pnpm dev                     the web site from Vite's dev server (hot reload)
//   WEB_PORT=5180 pnpm start     the site on another port (the services move with *_PORT)
//   BAEUMTEO_GATEWAY=hive pnpm start   Hive Gateway instead of ours, on the same supergraph
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { services, subgraphNames } from '@baeumteo/contracts';
import { dataDirOf, keyFileOf, keyNames, keyVariable, readPort, workspaceRoot } from '@baeumteo/server';

const env = process.env;
// The embedded default is the demo: an empty database gets the demo catalog and the demo accounts
// (whose passwords the README publishes). Anywhere else that takes BAEUMTEO_DEMO=1, never production.
if (env.BAEUMTEO_DEMO === undefined && !env.DATABASE_URL && env.NODE_ENV !== 'production')
  env.BAEUMTEO_DEMO = '1';
const dev = process.argv.includes('--dev');
// pnpm dev: every service prints pretty lines instead of JSON (shown as they come, below).
if (dev) env.BAEUMTEO_LOG_PRETTY ??= '1';
const city = env.CITY || 'suwon';
const port = (name: keyof typeof services) => readPort(env, services[name].portVariable, services[name].port);
const ports = {
  learners: port('learners'),
  courses: port('courses'),
  content: port('content'),
  history: port('history'),
  notifications: port('notifications'),
  gateway: port('gateway'),
  web: readPort(env, 'WEB_PORT', 5173),
};
const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
// Where the processes find each other on this machine (ports may be moved by *_PORT).
const topology: Record<string, string> = {
  LEARNERS_URL: `http://localhost:${ports.learners}/graphql`,
  COURSES_URL: `http://localhost:${ports.courses}/graphql`,
  CONTENT_URL: `http://localhost:${ports.content}/graphql`,
  HISTORY_URL: `http://localhost:${ports.history}/graphql`,
  HISTORY_EVENTS_URL: `http://localhost:${ports.history}/events`,
  NOTIFICATIONS_URL: `http://localhost:${ports.notifications}/graphql`,
  NOTIFICATIONS_NOTICES_URL: `http://localhost:${ports.notifications}/notices`,
};
for (const [variable, url] of Object.entries(topology)) env[variable] ??= url;
const children: ChildProcess[] = [];
let stopping = false;
let running = false;

function say(line: string) {
  process.stdout.write(`${line}\n`);
}

function run(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  extraEnv: Record<string, string> = {},
) {
  const child = spawn(command, args, {
    cwd,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const prefix = `[${name}]`.padEnd(11);
  const forward = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffered = '';
    stream.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) out.write(`${prefix} ${readable(line)}\n`);
    });
  };
  forward(child.stdout!, process.stdout);
  forward(child.stderr!, process.stderr);
  child.on('exit', (code) => {
    if (stopping) return;
    if (!running) {
      say(`${name} stopped during start-up (exit code ${code}); stopping the platform.`);
      shutdown(1);
      return;
    }
    // The others keep serving; the gateway answers without this one's fields meanwhile.
    say(`${name} stopped (exit code ${code}). Everything else keeps running.`);
    if (name in ports)
      say(
        `Start it again alone with: pnpm --filter ./${name === 'gateway' ? 'gateway' : `subgraphs/${name}`} start`,
      );
  });
  return child;
}

/** Shows a JSON log line as "level message key=value" (pretty lines from `pnpm dev` pass as they are). */
function readable(line: string): string {
  try {
    const { time: _t, service: _s, level, message, ...fields } = JSON.parse(line);
    const details = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    return `${level === 'info' ? '' : `${String(level).toUpperCase()} `}${message}${details ? ` ${details}` : ''}`;
  } catch {
    return line;
  }
}

async function waitFor(name: string, url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

function shutdown(code: number) {
  stopping = true;
  // SIGINT: stop now. (SIGTERM is for deployments: it drains for several seconds first.)
  for (const child of children) child.kill('SIGINT');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

function pnpm(args: string[], extraEnv: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('pnpm', args, { cwd: workspaceRoot, env: { ...env, ...extraEnv }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} failed`))));
  });
}

try {
  const started = Date.now();
  const dataDir = dataDirOf(env);
  // The embedded default's keys (one per signer, in the data directory): created before the
  // services start, so that all of them read the same ones. Keys given in the environment win.
  if (env.NODE_ENV !== 'production' && !keyNames.some((name) => env[keyVariable(name)])) keyFileOf(env);
  say(
    `Baeumteo: starting on ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}`,
  );
  const webEnv = { CITY: city, GRAPHQL_URL: gatewayUrl };
  const siteDir = join(workspaceRoot, 'web/dist', city);
  if (!dev) {
    say(`Building the city site for "${city}"...`);
    await pnpm(['--filter', './web', 'build'], { ...webEnv, OUT_DIR: siteDir });
  }
  const tsx = ['--import', 'tsx', 'src/index.ts'];
  for (const name of subgraphNames) {
    // Certificates' QR codes and messages' links (content's live reminders too) point at this
    // site unless configured otherwise.
    const extra: Record<string, string> =
      name === 'history' && !env.CERTIFICATE_VERIFY_URL
        ? { CERTIFICATE_VERIFY_URL: `http://localhost:${ports.web}/verify/{number}` }
        : (name === 'notifications' || name === 'content') && !env.NOTIFY_SITE_URL
          ? { NOTIFY_SITE_URL: `http://localhost:${ports.web}` }
          : {};
    run(name, process.execPath, tsx, join(workspaceRoot, 'subgraphs', name), extra);
  }
  say('Starting the subgraphs (the first start seeds the demo catalog)...');
  await Promise.all(
    subgraphNames.map((name) => waitFor(name, `http://localhost:${ports[name]}/ready`, 180_000)),
  );
  // Either gateway serves the same supergraph with the same guarantees (docs/gateways.md).
  const gatewayDir = env.BAEUMTEO_GATEWAY === 'hive' ? 'gateway/hive' : 'gateway';
  run('gateway', process.execPath, tsx, join(workspaceRoot, gatewayDir));
  await waitFor('gateway', `http://localhost:${ports.gateway}/ready`, 60_000);
  if (dev) {
    const vite = join(workspaceRoot, 'web/node_modules/vite/bin/vite.js');
    run(
      'web',
      process.execPath,
      [vite, '--port', String(ports.web), '--strictPort'],
      join(workspaceRoot, 'web'),
      webEnv,
    );
  } else {
    // Plain http on this machine: no HSTS, no upgrade-insecure-requests (the gateway is http too).
    const site = ['packages/site-server/src/cli.ts', '--root', siteDir, '--port', String(ports.web)];
    const siteArgs = [...site, '--graphql-url', gatewayUrl, '--no-hsts'];
    run('web', process.execPath, ['--import', 'tsx', ...siteArgs], workspaceRoot);
  }
  await waitFor('web', `http://localhost:${ports.web}/`, 60_000);
  running = true;
  say('');
  say(`Baeumteo is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`);
  say(`  City site (${city}):    http://localhost:${ports.web}/`);
  say(`  GraphQL API:          ${gatewayUrl}`);
  say(`  Health / readiness:   http://localhost:${ports.gateway}/health  /ready`);
  say(`  Subgraphs (private):  ${subgraphNames.map((name) => `${name} :${ports[name]}`).join('  ')}`);
  say('Press Ctrl+C to stop.');
} catch (error) {
  say(`Baeumteo could not start: ${(error as Error).message}`);
  shutdown(1);
}

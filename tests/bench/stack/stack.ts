// The platform the benchmarks measure, as it is deployed: the four subgraphs and the gateways each
// their own process, on one database (PGlite files in a temporary directory, or a fresh PostgreSQL
// database), the demo catalog seeded; the gateway benchmark runs three gateways on the same
// supergraph and subgraphs, the rush one ours alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { services, subgraphNames } from '@baeumteo/contracts';
import { keyFileOf } from '@baeumteo/server';
import postgres from 'postgres';
import { freePort, type Service, startService } from './processes.ts';

export const gatewayNames = ['ours', 'hive', 'hive-rust'] as const;
export type GatewayName = (typeof gatewayNames)[number];

/** Each gateway as it ships; Hive's two with its default in-flight request merging (see gateway/hive). */
const gateways: Record<GatewayName, { dir: string; env: Record<string, string>; title: string }> = {
  ours: { dir: 'gateway', env: {}, title: 'Baeumteo gateway (@apollo/gateway)' },
  hive: { dir: 'gateway/hive', env: { BAEUMTEO_HIVE_DEDUPLICATE: '1' }, title: 'Hive Gateway' },
  'hive-rust': {
    dir: 'gateway/hive',
    env: { BAEUMTEO_HIVE_DEDUPLICATE: '1', HIVE_ROUTER_RUNTIME: '1' },
    title: 'Hive Gateway + router-runtime (Rust planner)',
  },
};
export const gatewayTitle = (name: GatewayName) => gateways[name].title;

export type DatabaseKind = 'pglite' | 'postgres';

type SubgraphName = (typeof subgraphNames)[number];

export interface Stack {
  database: DatabaseKind;
  /** The processes' data directory (PGlite's files under <dir>/<subgraph>, the key file). */
  dataDir: string;
  postgresVersion: string | null;
  subgraphs: Record<SubgraphName, Service>;
  gateways: Record<GatewayName, Service>;
  /** The environment every process was started with (data directory, keys, topology). */
  env: Record<string, string>;
  /** Stops a subgraph, runs `meanwhile` (e.g. writing to its PGlite files), and starts it again. */
  whileStopped(name: SubgraphName, meanwhile: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(
  database: DatabaseKind,
  only: readonly GatewayName[],
  say: (line: string) => void,
): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baeumteo-bench-gateway-'));
  const env: Record<string, string> = { BAEUMTEO_DATA_DIR: dataDir, BAEUMTEO_DEMO: '1', HOST: '127.0.0.1' };
  let dropDatabase = async () => {};
  let postgresVersion: string | null = null;
  if (database === 'postgres') {
    const server =
      process.env.BENCH_DATABASE_URL ||
      process.env.DATABASE_URL ||
      'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `baeumteo_bench_gateway_${Date.now()}`;
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    const [row] = await admin`select current_setting('server_version') as version`;
    postgresVersion = String(row?.version);
    await admin.unsafe(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  // One key file for every process (the embedded default's keys, as `pnpm start` makes them).
  keyFileOf(env);
  const started = new Set<Service>();
  const stop = async () => {
    await Promise.all([...started].map((s) => s.stop()));
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const ports = Object.fromEntries(
      await Promise.all(subgraphNames.map(async (n) => [n, await freePort()])),
    );
    for (const name of subgraphNames) {
      env[services[name].portVariable] = String(ports[name]);
      env[services[name].urlVariable] = `http://127.0.0.1:${ports[name]}/graphql`;
    }
    env.HISTORY_EVENTS_URL = `http://127.0.0.1:${ports.history}/events`;
    const subgraphs = {} as Stack['subgraphs'];
    // One after another: on PostgreSQL they migrate (and seed) the same database.
    for (const name of subgraphNames) {
      say(`  starting ${name} (seeding the demo catalog)`);
      const service = await startService(name, `subgraphs/${name}`, ports[name], env);
      started.add(service);
      subgraphs[name] = service;
    }
    const running = {} as Stack['gateways'];
    for (const name of only) {
      const port = await freePort();
      const gatewayEnv = { ...env, ...gateways[name].env, [services.gateway.portVariable]: String(port) };
      say(`  starting ${gateways[name].title}`);
      const service = await startService(name, gateways[name].dir, port, gatewayEnv);
      started.add(service);
      running[name] = service;
    }
    const whileStopped = async (name: SubgraphName, meanwhile: () => Promise<void>) => {
      await subgraphs[name].stop();
      started.delete(subgraphs[name]);
      await meanwhile();
      subgraphs[name] = await startService(name, `subgraphs/${name}`, ports[name], env);
      started.add(subgraphs[name]);
    };
    return { database, dataDir, postgresVersion, subgraphs, gateways: running, env, whileStopped, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

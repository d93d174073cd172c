// Test support: a fresh database for each test file. PGlite in memory by default; with
// DATABASE_URL set, a new PostgreSQL database is created from it and dropped afterwards.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Caller, encodeOrigin } from './caller.ts';
import type { DatabaseLocation } from './db.ts';
import { generateSigningKeys, type SigningKeys } from './keys.ts';
import type { SubgraphStartOptions } from './service.ts';

export interface TestDatabase {
  location: DatabaseLocation;
  drop(): Promise<void>;
}

export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = testDatabaseUrl();
  if (!base) return { location: 'memory', drop: async () => {} };
  const name = `baeumteo_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    location: { url: url.toString() },
    drop: async () => {
      const again = postgres(base, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export const testGatewaySecret = 'test-gateway-secret-0123456789abcdef';

/** Fresh province keys for a test process: real Ed25519 keys, never the ones of a deployment. */
export const testSigningKeys: SigningKeys = generateSigningKeys();

/** What a test hands every subgraph: the common options plus the province's keys. */
export type TestStartOptions = SubgraphStartOptions & { keys: SigningKeys };

/** Calls a subgraph directly, as the gateway does (with the secret), for subgraph-level tests. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { secret?: string | null; caller?: Caller | null } = {},
): Promise<{
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}> {
  const secret = options.secret === undefined ? testGatewaySecret : options.secret;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-baeumteo-gateway-secret': secret }),
      ...(options.caller ? encodeOrigin({ caller: options.caller, ip: '127.0.0.1' }, secret ?? '') : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, ...body };
}

export interface TestSubgraph<S> {
  service: S;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
}

/** Starts one subgraph on a free port and a fresh database, for subgraph-level tests. */
export async function startTestSubgraph<S extends { stop(): Promise<void> }>(
  start: (options: TestStartOptions) => Promise<S>,
  options: { seed?: boolean } = {},
): Promise<TestSubgraph<S>> {
  const database = await createTestDatabase();
  const service = await start({
    port: 0,
    host: '127.0.0.1',
    secret: testGatewaySecret,
    location: database.location,
    seed: options.seed ?? false,
    keys: testSigningKeys,
  });
  return {
    service,
    stop: async () => {
      await service.stop();
      await database.drop();
    },
  };
}

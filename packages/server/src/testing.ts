// Test support: a fresh database for each test file (PGlite in memory by default; with
// DATABASE_URL set, a new PostgreSQL database created from it and dropped afterwards), and keys of
// the test process's own: every request a test sends a subgraph is signed as a real sender would.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import {
  type AssertedOrigin,
  type ServiceName,
  type ServiceSigner,
  serviceSigner,
  type TrustedKeys,
} from './assertions.ts';
import type { Caller } from './caller.ts';
import { type Database, type DatabaseLocation, type OpenDatabaseOptions, openDatabase } from './db.ts';
import { generateSigningKey, generateSigningKeys, type PrivateKeys } from './keys.ts';
import type { SubgraphStartOptions } from './service.ts';

export interface TestDatabase {
  location: DatabaseLocation;
  drop(): Promise<void>;
}

export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** A pooler in front of the test PostgreSQL (CI runs PgBouncer in transaction mode). */
export function testPoolUrl(): string | undefined {
  return process.env.DATABASE_POOL_URL || undefined;
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
    location: { url: url.toString(), poolUrl: testPoolUrl() },
    drop: async () => {
      const again = postgres(base, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** Fresh keys for a test process, one per signer: real Ed25519 keys, never those of a deployment. */
/** One subgraph's database, migrated, on a fresh test database; `close` also drops that database. */
export async function openTestDatabase<TSchema extends Record<string, unknown>>(
  options: Omit<OpenDatabaseOptions<TSchema>, 'location'>,
): Promise<{ database: Database<TSchema>; close(): Promise<void> }> {
  const testDb = await createTestDatabase();
  const database = await openDatabase({ ...options, location: testDb.location });
  return {
    database,
    close: async () => {
      await database.close();
      await testDb.drop();
    },
  };
}

export const testSigningKeys: PrivateKeys = generateSigningKeys();

/** A second gateway key, trusted beside the first as during a rotation (tests start a gateway with it). */
export const testNextGatewayKey = generateSigningKey();

/** What every test subgraph trusts: the gateway's two keys and each producer's key. */
export const testTrust: TrustedKeys = {
  gateway: [testSigningKeys.gateway.publicJwk, testNextGatewayKey.publicJwk],
  learners: [testSigningKeys.learners.publicJwk],
  courses: [testSigningKeys.courses.publicJwk],
  content: [testSigningKeys.content.publicJwk],
  history: [testSigningKeys.history.publicJwk],
};

/** Signs as `name` with the test process's key for it. */
export const testSigner = <N extends Exclude<ServiceName, 'notifications'>>(name: N): ServiceSigner<N> =>
  serviceSigner(name, testSigningKeys[name]);

/** What a test hands every subgraph: the common options plus every key (each takes its own). */
export type TestStartOptions = SubgraphStartOptions & { keys: PrivateKeys };

const audiences = new Map<string, ServiceName>();

/** Makes `callSubgraph` and `signedFetch` sign for this service when given its URL. */
export function registerTestSubgraph(service: { url: string; name: ServiceName }): void {
  audiences.set(new URL(service.url).origin, service.name);
}

export interface SignedFetchOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** Who signs: the gateway by default; null sends no assertion at all. */
  signer?: ServiceSigner | null;
  /** The service it is signed for: the registered owner of the URL by default. */
  audience?: string;
  origin?: Partial<AssertedOrigin>;
}

/** A request to a subgraph (GraphQL, a download, an internal endpoint), signed as a real sender signs it. */
export async function signedFetch(url: string, options: SignedFetchOptions = {}): Promise<Response> {
  const target = new URL(url);
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const signer = options.signer === undefined ? testSigner('gateway') : options.signer;
  const audience = options.audience ?? audiences.get(target.origin);
  if (signer && !audience)
    throw new Error(`no test subgraph registered at ${target.origin}: give the audience`);
  const proof =
    signer && audience
      ? await signer.sign(
          audience,
          { method, path: target.pathname + target.search, body: options.body ?? '' },
          { ip: '127.0.0.1', ...options.origin },
        )
      : {};
  return fetch(target, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
      ...proof,
    },
    ...(options.body === undefined ? {} : { body: options.body }),
  });
}

/** Calls a subgraph directly, as the gateway does (signed, with the caller), for subgraph-level tests. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { caller?: Caller | null } & Pick<SignedFetchOptions, 'signer' | 'audience'> = {},
): Promise<{
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}> {
  const response = await signedFetch(url, {
    body: JSON.stringify({ query, variables }),
    origin: { caller: options.caller ?? null },
    ...(options.signer === undefined ? {} : { signer: options.signer }),
    ...(options.audience ? { audience: options.audience } : {}),
  });
  const body = (await response.json()) as {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, ...body };
}

/** POSTs a JSON body to an internal endpoint (e.g. history's /events), signed as `from`. */
export function postAs(from: ServiceSigner | null, url: string, body: unknown): Promise<Response> {
  return signedFetch(url, { body: JSON.stringify(body), signer: from });
}

export interface IngestTotals {
  stored: number;
  duplicates: number;
  profiles: number;
  certified: number;
  rejected: string[];
}

/**
 * Delivers stream events to history's /events as the producers' relays do: each run of events
 * of one producer (`ownerOf`, courses for what has none) in its own batch, signed by it. Answers
 * the statuses and the batches' totals.
 */
export async function deliverAsOwners(
  eventsUrl: string,
  events: readonly object[],
  ownerOf: (event: object) => 'courses' | 'content' | 'learners' | undefined,
): Promise<{ statuses: number[]; totals: IngestTotals }> {
  const runs: { from: 'courses' | 'content' | 'learners'; events: object[] }[] = [];
  for (const event of events) {
    const from = ownerOf(event) ?? 'courses';
    const last = runs.at(-1);
    if (last?.from === from) last.events.push(event);
    else runs.push({ from, events: [event] });
  }
  const totals: IngestTotals = { stored: 0, duplicates: 0, profiles: 0, certified: 0, rejected: [] };
  const statuses: number[] = [];
  for (const run of runs) {
    const response = await postAs(testSigner(run.from), eventsUrl, { source: run.from, events: run.events });
    statuses.push(response.status);
    if (!response.ok) continue;
    const answer = (await response.json()) as IngestTotals;
    totals.stored += answer.stored;
    totals.duplicates += answer.duplicates;
    totals.profiles += answer.profiles;
    totals.certified += answer.certified;
    totals.rejected.push(...answer.rejected);
  }
  return { statuses, totals };
}

export interface TestSubgraph<S> {
  service: S;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
}

/** Starts one subgraph on a free port and a fresh database, for subgraph-level tests. */
export async function startTestSubgraph<S extends { stop(): Promise<void>; url: string; name: ServiceName }>(
  start: (options: TestStartOptions) => Promise<S>,
  options: { seed?: boolean; trust?: TrustedKeys } = {},
): Promise<TestSubgraph<S>> {
  const database = await createTestDatabase();
  const service = await start({
    port: 0,
    host: '127.0.0.1',
    trust: options.trust ?? testTrust,
    location: database.location,
    seed: options.seed ?? false,
    keys: testSigningKeys,
  });
  registerTestSubgraph(service);
  return {
    service,
    stop: async () => {
      await service.stop();
      await database.drop();
    },
  };
}

// One database per subgraph: embedded PGlite (on disk under the data directory, or in memory
// for tests) when no DATABASE_URL is set, PostgreSQL through postgres.js when it is. Each
// subgraph's tables live in a schema named after it, so four subgraphs can share one
// PostgreSQL database or use four. The same committed migrations run on both. On PostgreSQL the
// service connects as its own role with timeouts (dbLogin.ts); PGlite is one embedded user.
// Nothing a service does depends on session state (no startup settings beyond the application
// name, no named prepared statements, no session advisory locks, tenant settings transaction-
// local), so its connections can go through PgBouncer in transaction mode; migrations, which
// hold a session lock, always connect directly as the owner.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import {
  applyRoleSettings,
  assertServiceRole,
  connectionParametersOf,
  type DatabaseSettings,
  serviceUrlOf,
} from './dbLogin.ts';
import { observedPglite, observedPostgres } from './dbStatements.ts';

export type Db<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

/**
 * Where a subgraph keeps its data: PostgreSQL given the owner's connection string (`url`: the
 * service migrates at start, then connects as its own role, through `poolUrl`'s host and port
 * when a pooler is in front), PostgreSQL given only the service's
 * own connection string (`service`: the migrations ran before, as a Job), or PGlite.
 */
export type DatabaseLocation =
  | { url: string; poolUrl?: string | undefined }
  | { service: string }
  | { dir: string }
  | 'memory';

export interface Database<TSchema extends Record<string, unknown>> {
  db: Db<TSchema>;
  kind: 'pglite' | 'postgres';
  /** The connections it may open at once (PGlite: its one). */
  poolSize: number;
  /** SQL statements run through drizzle so far (tests use it to prove batching). */
  statementCount(): number;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions<TSchema extends Record<string, unknown>> {
  /** The subgraph's name: names its PGlite directory and its migrations table. */
  name: string;
  schema: TSchema;
  migrationsFolder: string;
  location: DatabaseLocation;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
  /** The service's login and timeouts on PostgreSQL (defaults: its own role, 15 s / 5 s / 30 s). */
  settings?: DatabaseSettings | undefined;
}

export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<Database<TSchema>> {
  let statements = 0;
  const logger: DrizzleLogger = {
    logQuery: () => {
      statements++;
    },
  };

  if (options.location !== 'memory' && !('dir' in options.location)) {
    const location = options.location;
    if ('url' in location) await migrateDatabase({ ...options, ownerUrl: location.url });
    const url =
      'url' in location
        ? serviceUrlOf(location.url, options.name, options.settings, location.poolUrl)
        : location.service;
    const poolSize = options.maxConnections ?? options.settings?.poolSize ?? 10;
    const client = postgres(url, {
      max: poolSize,
      onnotice: () => {},
      // Unnamed statements only: a named one lives on one server connection, which a
      // transaction-mode pooler hands to someone else after the transaction.
      prepare: false,
      connection: connectionParametersOf(options.name),
    });
    try {
      await assertServiceRole(client, options.name);
    } catch (error) {
      await client.end({ timeout: 5 });
      throw error;
    }
    const db = drizzlePostgres({
      client: observedPostgres(client, options.name),
      schema: options.schema,
      logger,
    });
    return {
      db: db as unknown as Db<TSchema>,
      kind: 'postgres',
      poolSize,
      statementCount: () => statements,
      ping: async () => {
        await client`select 1`;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  // PGlite is one embedded user and one connection. It accepts statement_timeout but cannot
  // enforce it (no timers in WebAssembly), so the timeouts are PostgreSQL's only.
  let client: PGlite;
  if (options.location === 'memory') {
    client = new PGlite();
  } else {
    const dir = join(options.location.dir, options.name);
    mkdirSync(dir, { recursive: true });
    client = new PGlite(dir);
  }
  const db = drizzlePglite({ client: observedPglite(client, options.name), schema: options.schema, logger });
  await migratePglite(db, migrationConfigOf(options));
  return {
    db: db as unknown as Db<TSchema>,
    kind: 'pglite',
    poolSize: 1,
    statementCount: () => statements,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}

/**
 * A subgraph's migrations on PostgreSQL, as the owner of `ownerUrl`, over a direct connection
 * (never a pooler: the lock below is a session's), then its service role's timeouts. Run at a
 * service's start when it is given the owner's URL, or once per release by `pnpm migrate`.
 */
export async function migrateDatabase(options: {
  name: string;
  migrationsFolder: string;
  ownerUrl: string;
  settings?: DatabaseSettings | undefined;
}): Promise<void> {
  // Two owner connections: one holds the advisory lock while the other migrates.
  const owner = postgres(options.ownerUrl, { max: 2, onnotice: () => {} });
  try {
    await withAdvisoryLock(owner, async () => {
      await migratePostgres(drizzlePostgres({ client: owner }), migrationConfigOf(options));
      await applyRoleSettings(owner, options.name, options.settings);
    });
  } finally {
    await owner.end({ timeout: 5 });
  }
}

const migrationConfigOf = (options: { name: string; migrationsFolder: string }) => ({
  migrationsFolder: options.migrationsFolder,
  migrationsSchema: 'drizzle',
  migrationsTable: `${options.name}_migrations`,
});

/**
 * Subgraphs sharing one PostgreSQL database may start together; their migrations all create
 * the shared `drizzle` schema, so they take turns under a session advisory lock.
 */
async function withAdvisoryLock<T>(client: postgres.Sql, work: () => Promise<T>): Promise<T> {
  const lockId = 4_140_000; // any constant shared by the four subgraphs
  const reserved = await client.reserve();
  try {
    await reserved`select pg_advisory_lock(${lockId})`;
    return await work();
  } finally {
    await reserved`select pg_advisory_unlock(${lockId})`;
    reserved.release();
  }
}

/**
 * Runs `work` in a transaction whose tenant is `tenant` (a city id, or '*' for the province):
 * on PostgreSQL, row-level security lets it write only that tenant's rows. The setting is local
 * to the transaction, so a pooled connection never carries it into the next request.
 */
export function inTenant<TSchema extends Record<string, unknown>, T>(
  db: Db<TSchema>,
  tenant: string,
  work: (tx: Db<TSchema>) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await setTenant(tx as unknown as Db<TSchema>, tenant);
    return work(tx as unknown as Db<TSchema>);
  });
}

/** Sets the tenant of the transaction `tx` is in, e.g. once the row that names it is locked. */
export async function setTenant<TSchema extends Record<string, unknown>>(
  tx: Db<TSchema>,
  tenant: string,
): Promise<void> {
  await tx.execute(sql`select set_config('baeumteo.tenant', ${tenant}, true)`);
}

/**
 * What a caller may read of personal tenant data, for the read policies (e.g. courses'
 * enrollments): every city ('*', province admins), the cities they work in, and their own rows.
 */
export interface ReadScope {
  cities: '*' | readonly string[];
  /** The caller's learner id: their own rows, in any city. */
  reader: string | null;
}

/** Runs reads under `scope` (transaction-local settings, like inTenant's); writes need a tenant still. */
export function asReader<TSchema extends Record<string, unknown>, T>(
  db: Db<TSchema>,
  scope: ReadScope,
  work: (tx: Db<TSchema>) => Promise<T>,
): Promise<T> {
  const cities = scope.cities === '*' ? '*' : scope.cities.join(',');
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('baeumteo.reader_cities', ${cities}, true), set_config('baeumteo.reader', ${scope.reader ?? ''}, true)`,
    );
    return work(tx as unknown as Db<TSchema>);
  });
}

/** The rows of a raw `db.execute`: postgres.js answers an array, PGlite an object with rows. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

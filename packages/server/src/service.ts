// Everything a subgraph process does at start, in one place: open (and migrate) its database,
// seed the demo catalog into an empty one when asked, then serve the subgraph, its database use
// (and a producer's outbox) exported at /metrics.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { type DocumentNode, parse } from 'graphql';
import type { ServiceName, TrustedKeys } from './assertions.ts';
import { type Database, type DatabaseLocation, openDatabase } from './db.ts';
import type { DatabaseSettings } from './dbLogin.ts';
import { databaseMetrics } from './dbMetrics.ts';
import { EnvError } from './env.ts';
import type { RunningServer } from './http.ts';
import { createLogger } from './logger.ts';
import { serviceMetrics } from './metrics.ts';
import { outboxMetrics } from './outboxMetrics.ts';
import type { RelayedTable, RelaySettings } from './relay.ts';
import { type RequestContext, type SubgraphOptions, startSubgraph } from './subgraph.ts';

export interface SubgraphServiceOptions<TSchema extends Record<string, unknown>, Ctx extends RequestContext> {
  name: ServiceName;
  typeDefs: DocumentNode;
  resolvers: SubgraphOptions<Ctx>['resolvers'];
  tables: TSchema;
  migrationsFolder: string;
  location: DatabaseLocation;
  /** The service's login and timeouts on PostgreSQL (see dbLogin.ts). */
  database?: DatabaseSettings | undefined;
  port: number;
  host: string;
  trust: TrustedKeys;
  /** BAEUMTEO_METRICS_TOKEN: when set, /metrics answers only this bearer token. */
  metricsToken?: string | undefined;
  createContext: (database: Database<TSchema>, request: RequestContext, req: IncomingMessage) => Ctx;
  /** POST endpoints for other services (each naming its callers), e.g. history's /events. */
  actions?: (database: Database<TSchema>) => SubgraphOptions<Ctx>['actions'];
  /** GET files for the gateway to pass on (e.g. history's certificate PDFs). */
  downloads?: (database: Database<TSchema>) => SubgraphOptions<Ctx>['downloads'];
  /** A producer's outbox of learning events: its lag and parked events are exported at /metrics. */
  outbox?: RelayedTable;
  /** A producer's outbox of notices, exported the same way (as `<name>-notices`). */
  noticeOutbox?: RelayedTable;
  /** Work beside the server (e.g. outbox relays), stopped before the database closes. */
  workers?: (database: Database<TSchema>) => { stop(): Promise<void> }[];
  /** Runs after migrations (and seeding), before the subgraph serves: e.g. bootstrap accounts. */
  onStart?: (database: Database<TSchema>) => Promise<void>;
  /** Seeds the demo catalog when `seed` is true and `isEmpty` says the database has none yet. */
  seed?: {
    enabled: boolean;
    isEmpty: (database: Database<TSchema>) => Promise<boolean>;
    run: (database: Database<TSchema>) => Promise<unknown>;
  };
}

/** How a subgraph is started: by its index.ts from the environment, or by tests. */
export interface SubgraphStartOptions {
  port: number;
  host: string;
  /** The public keys of the services it answers: the gateway's, and those calling its internal endpoints. */
  trust: TrustedKeys;
  location: DatabaseLocation;
  /** The service's login and timeouts on PostgreSQL (see dbLogin.ts); defaults otherwise. */
  database?: DatabaseSettings | undefined;
  /** The outbox relay's attempts and retention, for services with an outbox; defaults otherwise. */
  relay?: RelaySettings | undefined;
  /** How long the access log is kept, for services with one (BAEUMTEO_ACCESS_LOG_RETENTION_DAYS). */
  accessLogRetentionDays?: number | undefined;
  /** Seed the demo catalog into an empty database (pnpm start does; tests decide). */
  seed: boolean;
  /** BAEUMTEO_METRICS_TOKEN: when set, /metrics answers only this bearer token. */
  metricsToken?: string | undefined;
}

export interface SubgraphService<TSchema extends Record<string, unknown>> extends RunningServer {
  /** The audience its callers sign for. */
  name: ServiceName;
  database: Database<TSchema>;
}

export function loadTypeDefs(schemaFile: URL): DocumentNode {
  return parse(readFileSync(schemaFile, 'utf8'));
}

export async function startSubgraphService<
  TSchema extends Record<string, unknown>,
  Ctx extends RequestContext,
>(options: SubgraphServiceOptions<TSchema, Ctx>): Promise<SubgraphService<TSchema>> {
  const log = createLogger(options.name);
  const database = await openDatabase({
    name: options.name,
    schema: options.tables,
    migrationsFolder: options.migrationsFolder,
    location: options.location,
    settings: options.database,
  });
  let stopMetrics: (() => void)[] = [];
  try {
    if (options.seed?.enabled && (await options.seed.isEmpty(database))) {
      const started = Date.now();
      log.info('empty database: seeding the demo catalog');
      await options.seed.run(database);
      log.info('seeded', { ms: Date.now() - started });
    }
    await options.onStart?.(database);
    const metrics = serviceMetrics(options.name);
    const watched = [
      ...(options.outbox ? [{ producer: options.name, table: options.outbox }] : []),
      ...(options.noticeOutbox ? [{ producer: `${options.name}-notices`, table: options.noticeOutbox }] : []),
    ];
    stopMetrics = [
      databaseMetrics(metrics, database.poolSize),
      ...(watched.length > 0 ? [outboxMetrics(metrics, database.db, watched)] : []),
    ];
    const server = await startSubgraph<Ctx>({
      name: options.name,
      typeDefs: options.typeDefs,
      resolvers: options.resolvers,
      trust: options.trust,
      port: options.port,
      host: options.host,
      context: (request, req) => options.createContext(database, request, req),
      ready: () => database.ping(),
      metricsToken: options.metricsToken,
      ...(options.actions ? { actions: options.actions(database) } : {}),
      ...(options.downloads ? { downloads: options.downloads(database) } : {}),
      onStop: async () => {
        for (const worker of workers) await worker.stop();
        for (const stop of stopMetrics) stop();
        await database.close();
      },
    });
    const workers = options.workers?.(database) ?? [];
    return { ...server, name: options.name, database };
  } catch (error) {
    for (const stop of stopMetrics) stop();
    await database.close();
    throw error;
  }
}

/** `pnpm seed` for one subgraph: migrate its database, seed the demo catalog, report the counts. */
export async function runSeedCommand<TSchema extends Record<string, unknown>>(options: {
  name: string;
  tables: TSchema;
  migrationsFolder: string;
  location: DatabaseLocation;
  seed: (database: Database<TSchema>) => Promise<Record<string, number>>;
  /** NODE_ENV=production: the demo catalog is never written. */
  production: boolean;
}): Promise<void> {
  if (options.production) {
    throw new EnvError(
      'NODE_ENV: `pnpm seed` writes the demo catalog, which never enters a production database',
    );
  }
  const database = await openDatabase({
    name: options.name,
    schema: options.tables,
    migrationsFolder: options.migrationsFolder,
    location: options.location,
  });
  try {
    const counts = await options.seed(database);
    const summary = Object.entries(counts)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ');
    console.log(`${options.name}: seeded (${summary}); existing rows were kept`);
  } finally {
    await database.close();
  }
}

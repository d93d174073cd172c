// Rate limits shared by every instance of a process (rate-limiter-flexible): on Redis when
// REDIS_URL is set, on PostgreSQL (a table of its own, in its own schema) when DATABASE_URL is,
// in memory otherwise (one process only). Keys are hashed before they reach the store, so it
// never holds a client address or an account id. When the store fails, each instance falls back
// to memory rather than refuse everyone.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { ServiceMetrics } from './metrics.ts';
import { rateLimitMetrics } from './rateLimitMetrics.ts';

export type RateLimitStore =
  | { kind: 'memory' }
  | { kind: 'postgres'; url: string; schema?: string }
  | { kind: 'redis'; url: string };

/** At most `points` per `durationSeconds` for one key. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiters<Name extends string> {
  /** Takes `points` (default 1) from `key`'s budget for `name`. */
  consume(name: Name, key: string, points?: number): Promise<RateLimitDecision>;
  stop(): Promise<void>;
}

/** Redis wins over PostgreSQL; neither: memory. */
export function rateLimitStoreOf(env: { redisUrl?: string | undefined; databaseUrl?: string | undefined }) {
  if (env.redisUrl) return { kind: 'redis', url: env.redisUrl } satisfies RateLimitStore;
  if (env.databaseUrl) return { kind: 'postgres', url: env.databaseUrl } satisfies RateLimitStore;
  return { kind: 'memory' } satisfies RateLimitStore;
}

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url').slice(0, 32);

interface Backend {
  limiter(options: { keyPrefix: string; points: number; duration: number }): Promise<RateLimiterAbstract>;
  stop(): Promise<void>;
}

async function redisBackend(url: string): Promise<Backend> {
  // No offline queue: while Redis is away a call fails at once and the memory fallback answers.
  const client = new Redis(url, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  client.on('error', () => {}); // reconnects by itself; each failed call falls back to memory
  await client.connect().catch(() => {});
  return {
    limiter: async (options) =>
      new RateLimiterRedis({
        ...options,
        storeClient: client,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    stop: async () => {
      client.disconnect();
    },
  };
}

async function postgresBackend(
  url: string,
  schema: string,
  metrics: ReturnType<typeof rateLimitMetrics> | undefined,
): Promise<Backend> {
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: 'baeumteo-rate-limits' });
  pool.on('error', () => {}); // an idle connection lost; the next call opens another
  const unwatch = metrics?.watchPool(pool);
  await pool.query(`create schema if not exists "${schema.replace(/"/g, '')}"`);
  let tableCreated = false;
  return {
    limiter: async (options) => {
      const first = !tableCreated;
      let settle: (error?: Error) => void = () => {};
      // The callback may run inside the constructor (table already there) or later (created now).
      const ready = new Promise<void>((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
      });
      const limiter = new RateLimiterPostgres(
        {
          ...options,
          storeClient: pool,
          storeType: 'pool',
          schemaName: schema,
          tableName: 'limits',
          // One table for all limits: the first creates it and sweeps expired rows.
          tableCreated: !first,
          clearExpiredByTimeout: first,
          insuranceLimiter: new RateLimiterMemory(options),
        },
        (error?: Error) => settle(error),
      );
      await ready;
      tableCreated = true;
      return limiter;
    },
    stop: () => {
      unwatch?.();
      return pool.end();
    },
  };
}

export async function createRateLimiters<Name extends string>(options: {
  store: RateLimitStore;
  limits: Record<Name, RateLimit>;
  /** Separates these limits from any other user of the same store (and tests from each other). */
  keyPrefix: string;
  /** Where refusals (and the PostgreSQL store's connections) are counted. */
  metrics?: ServiceMetrics | undefined;
}): Promise<RateLimiters<Name>> {
  const { store } = options;
  const metrics = options.metrics && rateLimitMetrics(options.metrics);
  const backend: Backend =
    store.kind === 'redis'
      ? await redisBackend(store.url)
      : store.kind === 'postgres'
        ? await postgresBackend(store.url, store.schema ?? 'rate_limits', metrics)
        : { limiter: async (o) => new RateLimiterMemory(o), stop: async () => {} };
  const limiters = new Map<Name, RateLimiterAbstract>();
  for (const [name, limit] of Object.entries(options.limits) as [Name, RateLimit][]) {
    limiters.set(
      name,
      await backend.limiter({
        keyPrefix: `${options.keyPrefix}:${name}`,
        points: limit.points,
        duration: limit.durationSeconds,
      }),
    );
  }
  return {
    async consume(name, key, points = 1) {
      const limiter = limiters.get(name);
      if (!limiter) return { allowed: true };
      try {
        await limiter.consume(hashed(key), points);
        return { allowed: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        metrics?.refused(name);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
    stop: () => backend.stop(),
  };
}

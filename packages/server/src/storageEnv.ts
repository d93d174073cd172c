// The variables of a subgraph's data at rest, for its env.ts: how its service logs in to
// PostgreSQL and how long it may wait there, how long its outbox keeps delivered rows and how
// often it retries a refused event, and how long its access log is kept.
//
//   <NAME>_DATABASE_URL               the service role's own connection string (wins; alone,
//                                      without DATABASE_URL, the service does not migrate)
//   BAEUMTEO_DB_PASSWORD_<NAME>        or: its password, with DATABASE_URL's host and database
//   BAEUMTEO_DB_POOL_SIZE              10      connections in this process's pool
//   BAEUMTEO_DB_STATEMENT_TIMEOUT_MS   15000   BAEUMTEO_DB_LOCK_TIMEOUT_MS 5000
//   BAEUMTEO_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS 30000
//   BAEUMTEO_OUTBOX_RETENTION_DAYS     7       BAEUMTEO_OUTBOX_MAX_ATTEMPTS 10
//   BAEUMTEO_ACCESS_LOG_RETENTION_DAYS 730 (at least 365)
import { z } from 'zod';
import type { DatabaseSettings } from './dbLogin.ts';

const day = 86_400_000;
const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(3_600_000).default(fallback);

/** How long the access log is kept: two years by default (PIPA's safety standard), never under one. */
export const defaultAccessLogRetentionDays = 730;

const storageVars = {
  BAEUMTEO_DB_STATEMENT_TIMEOUT_MS: milliseconds(15_000),
  BAEUMTEO_DB_LOCK_TIMEOUT_MS: milliseconds(5_000),
  BAEUMTEO_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(30_000),
  BAEUMTEO_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  BAEUMTEO_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(7),
  BAEUMTEO_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(10),
  BAEUMTEO_ACCESS_LOG_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(365, 'access log entries are kept for at least 365 days')
    .max(36_500)
    .default(defaultAccessLogRetentionDays),
};

type Upper<N extends string> = Uppercase<N>;
type LoginVars<N extends string> = Record<
  `${Upper<N>}_DATABASE_URL` | `BAEUMTEO_DB_PASSWORD_${Upper<N>}`,
  z.ZodOptional<z.ZodString>
>;

/** The zod shape of these variables for subgraph `name`, to extend a process's schema with. */
export function storageEnv<N extends string>(name: N): typeof storageVars & LoginVars<N> {
  const upper = name.toUpperCase() as Upper<N>;
  const login = {
    [`${upper}_DATABASE_URL`]: z.string().startsWith('postgres').optional(),
    [`BAEUMTEO_DB_PASSWORD_${upper}`]: z.string().min(1).optional(),
  } as LoginVars<N>;
  return { ...storageVars, ...login };
}

type StorageValues = z.output<z.ZodObject<typeof storageVars>>;

/** What a subgraph's start options take from the parsed variables. */
export function storageEnvOf(vars: StorageValues & Record<string, unknown>, name: string) {
  const upper = name.toUpperCase();
  const text = (key: string) => (typeof vars[key] === 'string' ? (vars[key] as string) : undefined);
  const database: DatabaseSettings = {
    serviceUrl: text(`${upper}_DATABASE_URL`),
    password: text(`BAEUMTEO_DB_PASSWORD_${upper}`),
    poolSize: vars.BAEUMTEO_DB_POOL_SIZE,
    timeouts: {
      statementMs: vars.BAEUMTEO_DB_STATEMENT_TIMEOUT_MS,
      lockMs: vars.BAEUMTEO_DB_LOCK_TIMEOUT_MS,
      idleInTransactionMs: vars.BAEUMTEO_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  };
  return {
    database,
    relay: {
      retentionMs: vars.BAEUMTEO_OUTBOX_RETENTION_DAYS * day,
      maxAttempts: vars.BAEUMTEO_OUTBOX_MAX_ATTEMPTS,
    },
    accessLogRetentionDays: vars.BAEUMTEO_ACCESS_LOG_RETENTION_DAYS,
  };
}

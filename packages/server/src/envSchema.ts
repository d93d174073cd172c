// Each process parses and validates its whole environment once, at start, with a zod schema made
// of these pieces; a bad or missing variable stops the process with one line that names it.
import { z } from 'zod';
import { absoluteDataDir, type Env, EnvError } from './env.ts';

/** A TCP port, defaulting to the service's own. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** An http(s) URL, e.g. where another service answers. */
export const httpUrl = z.url({ protocol: /^https?$/ });

/** "1", "true" or "yes" turn it on; anything else (or nothing) leaves it off. */
export const flag = z
  .string()
  .optional()
  .transform((value) => value !== undefined && ['1', 'true', 'yes'].includes(value.toLowerCase()));

/** What every process of the platform reads. */
export const commonEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
  BAEUMTEO_DATA_DIR: z.string().min(1).default('.data'),
  /** Create the demo catalog and accounts in an empty database (never in production). */
  BAEUMTEO_DEMO: flag,
  /** Human-readable log lines instead of JSON (`pnpm dev` sets it; never in production). */
  BAEUMTEO_LOG_PRETTY: flag,
  /** When set, /metrics answers only `Authorization: Bearer <this token>`. */
  BAEUMTEO_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

/** Whether log lines are pretty-printed: BAEUMTEO_LOG_PRETTY (`pnpm dev`), never in production. */
export const logPrettyOf = (env: Env): boolean =>
  env.NODE_ENV !== 'production' && flag.parse(env.BAEUMTEO_LOG_PRETTY);

/** Parses `env` with `schema`; the first problem becomes an EnvError naming its variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env): z.output<S> {
  // An empty variable (`DATABASE_URL=`) is an unset one.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.map(String).join('.') || 'environment';
  throw new EnvError(`${variable}: ${issue?.message ?? 'is not valid'}`);
}

/** Production mode: no demo data, and nothing secret is ever generated. */
export function productionOf(env: {
  NODE_ENV?: string | undefined;
  BAEUMTEO_DEMO: boolean;
  BAEUMTEO_LOG_PRETTY?: boolean;
}): boolean {
  const production = env.NODE_ENV === 'production';
  if (production && env.BAEUMTEO_DEMO) {
    throw new EnvError(
      'BAEUMTEO_DEMO: demo data (with published passwords) is never created with NODE_ENV=production',
    );
  }
  // Log collectors read JSON lines; pretty output is for a developer's terminal.
  if (production && env.BAEUMTEO_LOG_PRETTY) {
    throw new EnvError('BAEUMTEO_LOG_PRETTY: production logs are JSON lines, never pretty-printed');
  }
  return production;
}

/** What a subgraph needs to open its database and listen, from its parsed variables. */
export function serviceEnvOf(
  vars: z.output<typeof commonEnv> & {
    DATABASE_URL?: string | undefined;
    DATABASE_POOL_URL?: string | undefined;
  },
  port: number,
) {
  const dataDir = absoluteDataDir(vars.BAEUMTEO_DATA_DIR);
  const databaseUrl = vars.DATABASE_URL;
  const poolUrl = vars.DATABASE_POOL_URL;
  return {
    port,
    host: vars.HOST,
    databaseUrl,
    dataDir,
    location: databaseUrl ? { url: databaseUrl, poolUrl } : { dir: dataDir },
    production: productionOf(vars),
    /** Whether an empty database gets the demo catalog and accounts. */
    demo: vars.BAEUMTEO_DEMO,
    /** When set, /metrics needs it as a bearer token. */
    metricsToken: vars.BAEUMTEO_METRICS_TOKEN,
  };
}

/**
 * The database a subgraph uses: PostgreSQL when set (the owner's connection string, direct:
 * migrations run with it), embedded PGlite under the data directory otherwise; and a pooler in
 * front of it (PgBouncer in transaction mode) that the service's own connections go through.
 */
export const databaseUrlVar = {
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATABASE_POOL_URL: z.string().startsWith('postgres').optional(),
};

/**
 * A process's environment, or — when a variable is missing or wrong — one line on stderr naming
 * it, and exit code 78 (EX_CONFIG). Used by each process's env.ts, never by tests.
 */
export function loadEnv<T>(build: () => T, exit: (code: number) => never = process.exit): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`baeumteo: cannot start: ${error.message}\n`);
    return exit(78);
  }
}

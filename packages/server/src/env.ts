// The one place the shared server code reads process.env. Each service passes its own
// process.env here from its env.ts, so tests can hand in a plain object instead.
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Env = Record<string, string | undefined>;

export interface ServiceEnv {
  port: number;
  host: string;
  /** PostgreSQL when set; embedded PGlite under dataDir otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where the subgraph's database lives: DATABASE_URL, or PGlite under the data directory. */
  location: { url: string } | { dir: string };
}

/** The workspace root: the directory holding pnpm-workspace.yaml, found from this file. */
export const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export class EnvError extends Error {}

export function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new EnvError(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}

export function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new EnvError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function dataDirOf(env: Env): string {
  const dir = env.BAEUMTEO_DATA_DIR || '.data';
  return isAbsolute(dir) ? dir : join(workspaceRoot, dir);
}

export function readServiceEnv(env: Env, options: { portVariable: string; defaultPort: number }): ServiceEnv {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = dataDirOf(env);
  return {
    port: readPort(env, options.portVariable, options.defaultPort),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir,
    location: databaseUrl ? { url: databaseUrl } : { dir: dataDir },
  };
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export function logLevelOf(env: Env): LogLevel {
  const level = env.LOG_LEVEL;
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error' || level === 'silent') {
    return level;
  }
  return env.VITEST ? 'silent' : 'info';
}

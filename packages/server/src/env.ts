// The one place the shared server code reads process.env. Each service passes its own
// process.env here from its env.ts, so tests can hand in a plain object instead.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  gatewaySecret: string;
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

/**
 * The secret the gateway signs its subgraph calls with. BAEUMTEO_GATEWAY_SECRET wins; otherwise
 * one secret per data directory is generated once and reused, so that a subgraph restarted
 * alone with the same environment is trusted by the running gateway.
 */
export function gatewaySecretOf(env: Env): string {
  const fromEnv = env.BAEUMTEO_GATEWAY_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 16) throw new EnvError('BAEUMTEO_GATEWAY_SECRET must be at least 16 characters');
    return fromEnv;
  }
  const file = join(dataDirOf(env), 'gateway-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process of the platform created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
  chmodSync(file, 0o600);
  return secret;
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
    gatewaySecret: gatewaySecretOf(env),
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

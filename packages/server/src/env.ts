// The one place the shared server code reads process.env. Each service passes its own
// process.env here from its env.ts, so tests can hand in a plain object instead.
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Env = Record<string, string | undefined>;

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

/** The data directory (PGlite files, generated development keys), absolute. */
export const absoluteDataDir = (dir: string) => (isAbsolute(dir) ? dir : join(workspaceRoot, dir));

export const dataDirOf = (env: Env): string => absoluteDataDir(env.BAEUMTEO_DATA_DIR || '.data');

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export function logLevelOf(env: Env): LogLevel {
  const level = env.LOG_LEVEL;
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error' || level === 'silent') {
    return level;
  }
  return env.VITEST ? 'silent' : 'info';
}

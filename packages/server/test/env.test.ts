import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, gatewaySecretOf, readPort, readServiceEnv } from '../src/env.ts';

describe('service environment', () => {
  it('generates one gateway secret per data directory and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baeumteo-env-'));
    const first = gatewaySecretOf({ BAEUMTEO_DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(gatewaySecretOf({ BAEUMTEO_DATA_DIR: dir })).toBe(first);
    expect(statSync(join(dir, 'gateway-secret')).mode & 0o777).toBe(0o600);
    const other = mkdtempSync(join(tmpdir(), 'baeumteo-env-'));
    expect(gatewaySecretOf({ BAEUMTEO_DATA_DIR: other })).not.toBe(first);
  });

  it('prefers BAEUMTEO_GATEWAY_SECRET and refuses a short one', () => {
    expect(gatewaySecretOf({ BAEUMTEO_GATEWAY_SECRET: 'x'.repeat(20) })).toBe('x'.repeat(20));
    expect(() => gatewaySecretOf({ BAEUMTEO_GATEWAY_SECRET: 'short' })).toThrow(EnvError);
  });

  it('uses PostgreSQL when DATABASE_URL is set and PGlite under the data directory otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baeumteo-env-'));
    const embedded = readServiceEnv({ BAEUMTEO_DATA_DIR: dir }, { portVariable: 'P', defaultPort: 4002 });
    expect(embedded.location).toEqual({ dir });
    expect(embedded.port).toBe(4002);
    const pg = readServiceEnv(
      { BAEUMTEO_DATA_DIR: dir, DATABASE_URL: 'postgres://127.0.0.1/x', P: '5000' },
      { portVariable: 'P', defaultPort: 4002 },
    );
    expect(pg.location).toEqual({ url: 'postgres://127.0.0.1/x' });
    expect(pg.port).toBe(5000);
  });

  it('explains a bad port', () => {
    expect(() => readPort({ P: 'abc' }, 'P', 1)).toThrowError(/P must be a port number/);
  });
});

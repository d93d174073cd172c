import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPort, readServiceEnv } from '../src/env.ts';

describe('service environment', () => {
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

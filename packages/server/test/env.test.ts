import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPort } from '../src/env.ts';
import { parseSubgraphEnv } from '../src/subgraphEnv.ts';

const spec = {
  name: 'courses',
  port: { portVariable: 'P', port: 4002 },
  keys: [],
  trust: [],
  extra: {},
} as const;

describe('service environment', () => {
  it('uses PostgreSQL when DATABASE_URL is set and PGlite under the data directory otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baeumteo-env-'));
    const embedded = parseSubgraphEnv({ BAEUMTEO_DATA_DIR: dir }, spec).service;
    expect(embedded.location).toEqual({ dir });
    expect(embedded.port).toBe(4002);
    const pg = parseSubgraphEnv(
      { BAEUMTEO_DATA_DIR: dir, DATABASE_URL: 'postgres://127.0.0.1/x', P: '5000' },
      spec,
    ).service;
    expect(pg.location).toEqual({ url: 'postgres://127.0.0.1/x' });
    expect(pg.port).toBe(5000);
  });

  it('takes a metrics token of 16 characters or more, and never pretty logs in production', () => {
    const token = 'a-scrape-token-long-enough';
    expect(parseSubgraphEnv({ BAEUMTEO_METRICS_TOKEN: token }, spec).service.metricsToken).toBe(token);
    expect(() => parseSubgraphEnv({ BAEUMTEO_METRICS_TOKEN: 'short' }, spec)).toThrowError(
      /^BAEUMTEO_METRICS_TOKEN: must be at least 16 characters/,
    );
    expect(() => parseSubgraphEnv({ BAEUMTEO_LOG_PRETTY: '1' }, spec)).not.toThrow();
    expect(() => parseSubgraphEnv({ NODE_ENV: 'production', BAEUMTEO_LOG_PRETTY: '1' }, spec)).toThrowError(
      /^BAEUMTEO_LOG_PRETTY: /,
    );
  });

  it('explains a bad port', () => {
    expect(() => readPort({ P: 'abc' }, 'P', 1)).toThrowError(/P must be a port number/);
    expect(() => parseSubgraphEnv({ P: 'abc' }, spec)).toThrowError(/^P: /);
  });
});

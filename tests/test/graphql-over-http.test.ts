// The gateway speaks GraphQL over HTTP as the spec says: the graphql-http audit finds nothing.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ seed: false });
});
afterAll(() => platform?.stop());

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http audit with no error and no warning', async () => {
    const results = await auditServer({ url: platform.gatewayUrl });
    const problems = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.status}: ${r.name}${'reason' in r ? ` — ${r.reason}` : ''}`);
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });

  it('answers application/graphql-response+json when asked for it', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ cities { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });
});

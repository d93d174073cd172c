// Rate limits at the gateway on sign-up, sign-in, certificate verification and statistics:
// answered RATE_LIMITED with HTTP 429 and Retry-After before any subgraph runs, aliases counted,
// and shared by every gateway instance through PostgreSQL or Redis.
import { randomUUID } from 'node:crypto';
import type { RateLimitStore } from '@baeumteo/server';
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../src/accounts.ts';
import { type GraphQLResponse, type Platform, postGraphQL, startPlatform } from '../src/platform.ts';

let platform: Platform;
let limitsDatabase: TestDatabase | undefined;
beforeAll(async () => {
  platform = await startPlatform();
  if (testDatabaseUrl()) limitsDatabase = await createTestDatabase();
});
afterAll(async () => {
  await platform?.stop();
  await limitsDatabase?.drop();
});

const tight = (points: number) => ({ points, durationSeconds: 60 });

/** Another gateway on the platform's subgraphs, with these limits in this store. */
async function limitedGateway(
  limits: Record<string, { points: number; durationSeconds: number }>,
  store: RateLimitStore = { kind: 'memory' },
  keyPrefix = `test-${randomUUID()}`,
) {
  return (await platform.startGateway({ rateLimits: { store, limits, keyPrefix } })).url;
}

const verify = (url: string, from: string) =>
  postGraphQL(url, '{ verifyCertificate(number: "GG-0000-000000") { __typename } }', {}, {}, { from });

function expectRateLimited(response: GraphQLResponse<unknown>) {
  expect(response.status).toBe(429);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(response.body.data ?? null).toBeNull();
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

const notLimited = (response: GraphQLResponse<unknown>) =>
  response.status !== 429 && response.body.errors?.[0]?.extensions?.code !== 'RATE_LIMITED';

describe('rate limits', () => {
  it('answer RATE_LIMITED with 429 and Retry-After past the limit, per client', async () => {
    const url = await limitedGateway({ verifyCertificate: tight(3) });
    for (let i = 0; i < 3; i++) expect(notLimited(await verify(url, '127.0.0.61'))).toBe(true);
    expectRateLimited(await verify(url, '127.0.0.61'));
    expect(notLimited(await verify(url, '127.0.0.62'))).toBe(true);
  });

  it('refuse a sign-up past the limit without creating the account', async () => {
    const url = await limitedGateway({ signUp: tight(1) });
    const input = () => ({
      email: uniqueEmail('limited'),
      password: 'correct horse battery',
      displayName: '가입 제한',
      residenceCityId: 'suwon',
    });
    const query = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';
    const from = { from: '127.0.0.63' };
    expect((await postGraphQL(url, query, { input: input() }, {}, from)).body.errors).toBeUndefined();
    const refused = input();
    expectRateLimited(await postGraphQL(url, query, { input: refused }, {}, from));
    const signIn = await platform.query(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: refused.email, p: refused.password },
      {},
      { from: '127.0.0.64' },
    );
    expect(signIn.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('count each aliased call: three sign-ins in one request spend three', async () => {
    const url = await limitedGateway({ signIn: tight(2) });
    const learner = await signUp(platform);
    const signIn = (alias: string) => `${alias}: signIn(email: $e, password: $p) { token }`;
    const response = await postGraphQL(
      url,
      `mutation ($e: String!, $p: String!) { ${signIn('a')} ${signIn('b')} ${signIn('c')} }`,
      { e: learner.email, p: learner.password },
      {},
      { from: '127.0.0.65' },
    );
    expectRateLimited(response);
  });

  async function expectShared(store: RateLimitStore, from: string) {
    const keyPrefix = `test-${randomUUID()}`;
    const first = await limitedGateway({ verifyCertificate: tight(3) }, store, keyPrefix);
    const second = await limitedGateway({ verifyCertificate: tight(3) }, store, keyPrefix);
    expect(notLimited(await verify(first, from))).toBe(true);
    expect(notLimited(await verify(first, from))).toBe(true);
    expect(notLimited(await verify(second, from))).toBe(true);
    expectRateLimited(await verify(second, from));
    expectRateLimited(await verify(first, from));
  }

  // PostgreSQL is there when DATABASE_URL is (the CI's second pass).
  it.skipIf(!testDatabaseUrl())('are shared by two gateway instances on PostgreSQL', async () => {
    const location = limitsDatabase?.location;
    if (!location || location === 'memory' || !('url' in location)) throw new Error('no PostgreSQL database');
    await expectShared({ kind: 'postgres', url: location.url }, '127.0.0.66');
  });

  it('are shared by two gateway instances on Redis', async () => {
    await expectShared(
      { kind: 'redis', url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' },
      '127.0.0.67',
    );
  });
});

// Service trust: no shared secret. The gateway signs each subgraph request with its own key, for
// that subgraph, for seconds, over the exact request; a subgraph refuses anything else (401), two
// gateway keys are accepted at once during a rotation, and the published JWKS names each key by
// its RFC 7638 thumbprint.
import {
  assertionHeader,
  generateSigningKey,
  type ServiceSigner,
  type SigningKey,
  serviceSigner,
} from '@baeumteo/server';
import { testNextGatewayKey, testSigner, testSigningKeys } from '@baeumteo/server/testing';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, postGraphQL, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const query = '{ courses(first: 1) { totalCount } }';
const body = JSON.stringify({ query });
const courses = () => platform.services.courses.url;

/** The headers `signer` makes for a POST /graphql with `signedBody`, for `audience`. */
const proofOf = (signer: ServiceSigner, audience = 'courses', signedBody = body) =>
  signer.sign(audience, { method: 'POST', path: '/graphql', body: signedBody }, { caller: null, ip: null });

const send = async (headers: Record<string, string>, to = courses()) =>
  postGraphQL(to, query, undefined, headers);

const refused = (response: Awaited<ReturnType<typeof send>>) => {
  expect(response.status).toBe(401);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.body.data).toBeUndefined();
};

describe('a subgraph answers only what the gateway signed for it', () => {
  it('answers a request the gateway signed, once', async () => {
    const proof = await proofOf(testSigner('gateway'));
    const first = await send(proof);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    refused(await send(proof)); // the same assertion again: a replay
  });

  it('refuses a request without an assertion, and the old shared-secret header opens nothing', async () => {
    for (const service of Object.values(platform.services)) {
      refused(await postGraphQL(service.url, '{ __typename }'));
      refused(
        await postGraphQL(service.url, '{ __typename }', undefined, { 'x-baeumteo-gateway-secret': 'x' }),
      );
    }
  });

  it('refuses an assertion made for another subgraph (a request for history replayed to courses)', async () => {
    refused(await send(await proofOf(testSigner('gateway'), 'history')));
  });

  it('refuses an expired assertion', async () => {
    const twoMinutesAgo = serviceSigner('gateway', testSigningKeys.gateway, () => Date.now() - 120_000);
    refused(await send(await proofOf(twoMinutesAgo)));
  });

  it('refuses an assertion whose request body was altered', async () => {
    const proof = await proofOf(
      testSigner('gateway'),
      'courses',
      JSON.stringify({ query: '{ __typename }' }),
    );
    refused(await send(proof));
  });

  it('refuses an assertion signed by a key it does not know, even under a known kid', async () => {
    refused(await send(await proofOf(serviceSigner('gateway', generateSigningKey()))));
    const impostor: SigningKey = { ...generateSigningKey(), kid: testSigningKeys.gateway.kid };
    refused(await send(await proofOf(serviceSigner('gateway', impostor))));
  });

  it('refuses GraphQL signed by another service, however trusted for its own endpoints', async () => {
    refused(await send(await proofOf(testSigner('courses'))));
    refused(await send(await proofOf(testSigner('content'), 'history'), platform.services.history.url));
  });

  it('refuses a caller written into a signed assertion (the caller cannot be forged)', async () => {
    const proof = await proofOf(testSigner('gateway'));
    const [header, payload, signature] = (proof[assertionHeader] ?? '').split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const admin = { id: 'x', roles: [{ role: 'PROVINCE_ADMIN', cityId: null }], residenceCityId: null };
    const forged = Buffer.from(JSON.stringify({ ...claims, caller: admin })).toString('base64url');
    refused(await send({ [assertionHeader]: `${header}.${forged}.${signature}` }));
  });

  it('passes no client-sent assertion or caller header on: the gateway signs its own', async () => {
    const forged = await proofOf(testSigner('gateway'));
    const response = await platform.query<{ me: unknown }>(
      '{ me { id } }',
      {},
      {
        ...forged,
        'x-baeumteo-caller': Buffer.from(JSON.stringify({ id: 'x', roles: [] })).toString('base64url'),
      },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.me).toBeNull(); // anonymous, whatever the client sent
  });
});

describe('rotating the gateway key', () => {
  it('serves a gateway on the new key and one on the old while both are trusted, and no other', async () => {
    const next = await platform.startGateway({ key: testNextGatewayKey });
    const everySubgraph =
      '{ cities { id } courses(first: 1) { totalCount } contents(first: 1) { totalCount } }';
    for (const url of [platform.gatewayUrl, next.url]) {
      const response = await postGraphQL<{ cities: unknown[] }>(url, everySubgraph);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.cities).toHaveLength(32);
    }
    const stranger = await platform.startGateway({ key: generateSigningKey() });
    const response = await postGraphQL<{ cities: unknown }>(stranger.url, everySubgraph);
    expect(response.body.data?.cities ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('the published JWKS', () => {
  it('lists the token and credential keys, each kid its RFC 7638 thumbprint, no private member', async () => {
    const { keys } = (await (await fetch(`${platform.gatewayOrigin}/.well-known/jwks.json`)).json()) as {
      keys: (JWK & { kid: string })[];
    };
    expect(keys.map((k) => k.kid).sort()).toEqual(
      [testSigningKeys.token.kid, testSigningKeys.credential.kid].sort(),
    );
    for (const key of keys) {
      expect(key.kid).toBe(await calculateJwkThumbprint(key, 'sha256'));
      expect(key).not.toHaveProperty('d');
    }
  });
});

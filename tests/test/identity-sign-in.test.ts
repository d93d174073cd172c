// Proving who one is: EdDSA tokens that verify offline with the gateway's JWKS and refuse every
// forgery, and sign-in that answers wrong passwords alike and locks accounts and addresses.
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

describe('tokens', () => {
  it('are EdDSA JWTs that verify offline with the JWKS the gateway publishes', async () => {
    const learner = await signUp(platform);
    const jwks = (await (await fetch(`${platform.gatewayOrigin}/.well-known/jwks.json`)).json()) as {
      keys: { kty: string; crv: string; d?: string }[];
    };
    expect(
      jwks.keys.every(
        (k: { kty: string; crv: string; d?: string }) => k.kty === 'OKP' && k.crv === 'Ed25519' && !k.d,
      ),
    ).toBe(true);
    const { payload, protectedHeader } = await jwtVerify(learner.token, createLocalJWKSet(jwks as never), {
      issuer: 'baeumteo',
      audience: 'baeumteo-api',
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload.sub).toBe(learner.id);
    expect((payload.exp as number) - (payload.iat as number)).toBeLessThanOrEqual(15 * 60);
  });

  it('a forged, expired, alg:none, tampered or garbage token is UNAUTHENTICATED, never a guest', async () => {
    const learner = await signUp(platform);
    const [header, payload, signature] = learner.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const { generateKeyPairSync, sign } = await import('node:crypto');
    const foreignKey = generateKeyPairSync('ed25519').privateKey;
    const signWith = (h: unknown, p: unknown) => {
      const input = `${encode(h)}.${encode(p)}`;
      return `${input}.${sign(null, Buffer.from(input), foreignKey).toString('base64url')}`;
    };
    const admin = { ...claims, roles: [{ role: 'PROVINCE_ADMIN', cityId: null }] };
    const attacks = {
      'alg none': `${encode({ alg: 'none', typ: 'JWT' })}.${encode(admin)}.`,
      'foreign key': signWith(JSON.parse(Buffer.from(header, 'base64url').toString()), admin),
      'roles edited': `${header}.${encode(admin)}.${signature}`,
      'flipped signature byte': `${header}.${payload}.${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`,
      expired: signWith({ alg: 'EdDSA' }, { ...claims, exp: 1_000, iat: 900 }),
      'HS256 with the public key': `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(admin)}.${signature}`,
      garbage: 'not-a-token',
    };
    for (const [attack, token] of Object.entries(attacks)) {
      const response = await platform.query(
        '{ me { id roles { role } } cities { id } }',
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(response.status, attack).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code, attack).toBe('UNAUTHENTICATED');
      expect(response.body.data ?? null, attack).toBeNull();
    }
  });
});

describe('sign-in', () => {
  const signInQuery = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';

  const from = { from: '127.0.0.21' };

  it('answers a wrong password and an unknown email identically', async () => {
    const learner = await signUp(platform);
    const wrong = await platform.query(signInQuery, { e: learner.email, p: 'wrong password!' }, {}, from);
    const unknown = await platform.query(
      signInQuery,
      { e: uniqueEmail('nobody'), p: 'wrong password!' },
      {},
      from,
    );
    const strip = (r: typeof wrong) => ({
      status: r.status,
      errors: r.body.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, correlationId: 'x' } })),
    });
    expect(strip(wrong)).toEqual(strip(unknown));
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account from a client after repeated failures, even against the right password', async () => {
    const learner = await signUp(platform);
    for (let i = 0; i < 5; i++)
      await platform.query(signInQuery, { e: learner.email, p: `wrong-${i}-password` }, {}, from);
    // Per account and client: from elsewhere the resident still signs in (sign-in-locks.test.ts).
    const locked = await platform.query(signInQuery, { e: learner.email, p: learner.password }, {}, from);
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.body.data ?? null).toBeNull();
  });

  it('counts concurrent failures: none is lost to a race', async () => {
    const learner = await signUp(platform);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        platform.query(
          signInQuery,
          { e: learner.email, p: `parallel-wrong-${i}` },
          {},
          { from: '127.0.0.23' },
        ),
      ),
    );
    const locked = await platform.query(
      signInQuery,
      { e: learner.email, p: learner.password },
      {},
      { from: '127.0.0.23' },
    );
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('locks a client address that fails on many accounts, but not other addresses', async () => {
    const attacker = { from: '127.0.0.25' };
    for (let i = 0; i < 20; i++) {
      await platform.query(signInQuery, { e: uniqueEmail('guess'), p: 'password-guess' }, {}, attacker);
    }
    const learner = await signUp(platform);
    const blocked = await platform.query(
      signInQuery,
      { e: learner.email, p: learner.password },
      {},
      attacker,
    );
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const elsewhere = await platform.query(
      signInQuery,
      { e: learner.email, p: learner.password },
      {},
      { from: '127.0.0.26' },
    );
    expect(elsewhere.body.errors).toBeUndefined();
  });
});

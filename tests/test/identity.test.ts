// One account province-wide: sign-up, sign-in, tokens, moving city, personal data rights.
import { rowsOf } from '@baeumteo/server';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signUp, uniqueEmail } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const meQuery = `{ me { id displayName email preferredLocale residence { id }
  residenceHistory { city { id } from to } roles { role city { id } } } }`;

describe('a newcomer', () => {
  it('signs up in Siheung, signs in, moves to Suwon and is still the same person', async () => {
    const email = uniqueEmail('newcomer');
    const created = await signUp(platform, { email, residenceCityId: 'siheung', displayName: '  새내기  ' });
    const session = await signIn(platform, email.toUpperCase(), created.password);
    expect(session.id).toBe(created.id);

    const before = await platform.query<{
      me: { displayName: string; email: string; residence: { id: string } };
    }>(meQuery, {}, session.auth);
    expect(before.body.data?.me).toMatchObject({
      displayName: '새내기',
      email,
      residence: { id: 'siheung' },
    });

    const moved = await platform.query<{ moveResidence: { id: string; residence: { id: string } } }>(
      'mutation { moveResidence(cityId: "suwon") { id residence { id } } }',
      {},
      session.auth,
    );
    expect(moved.body.data?.moveResidence).toEqual({ id: created.id, residence: { id: 'suwon' } });

    const after = await platform.query<{
      me: { id: string; residenceHistory: { city: { id: string }; from: string; to: string | null }[] };
    }>(meQuery, {}, session.auth);
    expect(after.body.data?.me.id).toBe(created.id);
    const history = after.body.data!.me.residenceHistory;
    expect(history.map((r) => r.city.id)).toEqual(['siheung', 'suwon']);
    expect(history[0]?.to).not.toBeNull();
    expect(history[1]?.to).toBeNull();

    // The move is queued for the learning history in the same transaction.
    const moves = await platform.services.learners.database.db.execute(
      `select payload from learners.outbox where verb = 'MOVED' and payload->>'learnerId' = '${created.id}'`,
    );
    expect(rowsOf(moves)).toEqual([
      {
        payload: expect.objectContaining({ fromCityId: 'siheung', toCityId: 'suwon', learnerId: created.id }),
      },
    ]);
  });

  it('counts residents per city, people not shown', async () => {
    const count = async () =>
      (
        await platform.query<{ city: { residentCount: number } }>(
          '{ city(id: "yeoncheon") { residentCount } }',
        )
      ).body.data!.city.residentCount;
    const before = await count();
    await signUp(platform, { residenceCityId: 'yeoncheon' });
    expect(await count()).toBe(before + 1);
  });

  it('refuses moving to the same city or to a place outside the 31, changing nothing', async () => {
    const learner = await signUp(platform, { residenceCityId: 'gimpo' });
    for (const cityId of ['gimpo', 'gyeonggi', 'seoul']) {
      const response = await platform.query(
        'mutation ($c: ID!) { moveResidence(cityId: $c) { id } }',
        { c: cityId },
        learner.auth,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'cityId',
      });
    }
    const me = await platform.query<{ me: { residenceHistory: unknown[] } }>(meQuery, {}, learner.auth);
    expect(me.body.data?.me.residenceHistory).toHaveLength(1);
  });
});

async function accountsWithEmail(email: string): Promise<number> {
  const result = await platform.services.learners.database.db.execute(
    `select count(*)::int as n from learners.learners where lower(email) = lower('${email.replace(/'/g, "''")}')`,
  );
  return (rowsOf(result)[0] as { n: number }).n;
}

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

  it('locks an account after repeated failures, even against the right password', async () => {
    const learner = await signUp(platform);
    for (let i = 0; i < 5; i++)
      await platform.query(signInQuery, { e: learner.email, p: `wrong-${i}-password` }, {}, from);
    const locked = await platform.query(
      signInQuery,
      { e: learner.email, p: learner.password },
      {},
      { from: '127.0.0.22' },
    );
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
      { from: '127.0.0.24' },
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

describe('bad sign-up input', () => {
  const signUpQuery = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';
  const valid = () => ({
    email: uniqueEmail(),
    password: 'a perfectly long password',
    displayName: '학습자',
    residenceCityId: 'suwon',
  });

  it.each([
    ['an invalid email', { email: 'not-an-email' }, 'input.email'],
    ['a short password', { password: 'short' }, 'input.password'],
    ['an unknown city', { residenceCityId: 'atlantis' }, 'input.residenceCityId'],
    ['the province as residence', { residenceCityId: 'gyeonggi' }, 'input.residenceCityId'],
    ['an over-long name', { displayName: '가'.repeat(51) }, 'input.displayName'],
    ['control characters in the name', { displayName: 'Kim\u0000Lee' }, 'input.displayName'],
    ['a zero-width character in the name', { displayName: 'Kim\u200bLee' }, 'input.displayName'],
    ['an empty name', { displayName: '   ' }, 'input.displayName'],
    ['a birth year in the future', { birthYear: 3000 }, 'input.birthYear'],
  ])('refuses %s with BAD_USER_INPUT on the field, storing nothing', async (_, change, field) => {
    const input = { ...valid(), ...change };
    const response = await platform.query(signUpQuery, { input });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await accountsWithEmail(input.email)).toBe(0);
  });

  it('refuses a duplicate email, whatever its case, with CONFLICT', async () => {
    const first = valid();
    await platform.query(signUpQuery, { input: first });
    const response = await platform.query(signUpQuery, {
      input: { ...valid(), email: first.email.toUpperCase() },
    });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });
});

describe('personal data', () => {
  it('exports everything about the learner, including who read or changed it', async () => {
    const learner = await signUp(platform);
    await platform.query('mutation { moveResidence(cityId: "osan") { id } }', {}, learner.auth);
    const response = await platform.query<{
      exportMyData: {
        learner: { email: string; residenceHistory: unknown[] };
        accessLog: { action: string; ip: string }[];
      };
    }>(
      `mutation { exportMyData { exportedAt learner { id email displayName birthYear preferredLocale
         residenceHistory { city { id } from to } roles { role } } accessLog { at action actorId actorRole ip } } }`,
      {},
      learner.auth,
    );
    const exported = response.body.data!.exportMyData;
    expect(exported.learner.email).toBe(learner.email);
    expect(exported.learner.residenceHistory).toHaveLength(2);
    expect(exported.accessLog.map((e) => e.action)).toEqual(['SIGN_UP', 'MOVE_RESIDENCE', 'EXPORT']);
    expect(exported.accessLog.every((e) => e.ip === '127.0.0.1')).toBe(true);
  });

  it('deletes an account: personal fields erased, the pseudonymous record kept, signing in impossible', async () => {
    const learner = await signUp(platform, { residenceCityId: 'gwacheon' });
    const wrong = await platform.query(
      'mutation { deleteMyAccount(password: "not my password") }',
      {},
      learner.auth,
    );
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const deleted = await platform.query(
      'mutation ($p: String!) { deleteMyAccount(password: $p) }',
      { p: learner.password },
      learner.auth,
    );
    expect(deleted.body.data).toEqual({ deleteMyAccount: true });
    expect((await platform.query('{ me { id } }', {}, learner.auth)).body.data).toEqual({ me: null });
    const again = await platform.query(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: learner.email, p: learner.password },
      {},
      { from: '127.0.0.27' },
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const [row] = rowsOf(
      await platform.services.learners.database.db.execute(
        `select email, password_hash, display_name, birth_year, deleted_at from learners.learners where id = '${learner.id}'`,
      ),
    ) as Record<string, unknown>[];
    expect(row).toMatchObject({
      email: null,
      password_hash: null,
      display_name: '탈퇴한 회원',
      birth_year: null,
    });
    expect(row?.deleted_at).not.toBeNull();
  });

  it('keeps the access log append-only, even for the service itself', async () => {
    const db = platform.services.learners.database.db;
    await expect(db.execute("update learners.access_log set action = 'TAMPERED'")).rejects.toThrow();
    await expect(db.execute('delete from learners.access_log')).rejects.toThrow();
    const tampered = rowsOf(
      await db.execute("select count(*)::int as n from learners.access_log where action = 'TAMPERED'"),
    );
    expect(tampered).toEqual([{ n: 0 }]);
  });
});

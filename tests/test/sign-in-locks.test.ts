// Password guessing through the gateway: locks hold per account AND client (and per client), so
// guesses from elsewhere never lock a resident out from their own address; every attempt is
// counted before argon2 runs, so 40 guesses at once check at most 5 passwords; and the lock table
// keeps no email and no address.
import { rowsOf } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const signInQuery = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const attempt = (email: string, password: string, from: string) =>
  platform.query(signInQuery, { e: email, p: password }, {}, { from });
const codeOf = (response: Awaited<ReturnType<typeof attempt>>) =>
  String(response.body.errors?.[0]?.extensions?.code ?? 'OK');

describe('sign-in locks', () => {
  it('20 wrong guesses from an attacker’s address do not lock the resident out from theirs', async () => {
    const resident = await signUp(platform);
    const attacker = '127.0.0.51';
    const guesses: string[] = [];
    for (let i = 0; i < 20; i++)
      guesses.push(codeOf(await attempt(resident.email, `guess-${i}-pw`, attacker)));
    expect(guesses.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(new Set(guesses.slice(5))).toEqual(new Set(['RATE_LIMITED']));
    // The attacker is locked out of this account even with the right password; the resident is not.
    expect(codeOf(await attempt(resident.email, resident.password, attacker))).toBe('RATE_LIMITED');
    expect(codeOf(await attempt(resident.email, resident.password, '127.0.0.52'))).toBe('OK');
  });

  it('40 simultaneous wrong guesses check at most 5 passwords; the other 35 are refused unchecked', async () => {
    const resident = await signUp(platform);
    const from = '127.0.0.53';
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(resident.email, `parallel-guess-${i}`, from)),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(35);
    expect(codeOf(await attempt(resident.email, resident.password, from))).toBe('RATE_LIMITED');
    expect(codeOf(await attempt(resident.email, resident.password, '127.0.0.54'))).toBe('OK');
  });

  it('a right password gives its attempt back: residents behind one address do not add up', async () => {
    const shared = '127.0.0.55';
    for (let i = 0; i < 25; i++) {
      const resident = await signUp(platform);
      expect(codeOf(await attempt(resident.email, resident.password, shared))).toBe('OK');
    }
  });

  it('counts password checks of changePassword too: a stolen token cannot guess the password', async () => {
    const resident = await signUp(platform);
    const change = (current: string) =>
      platform.query(
        'mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "another long password") { token } }',
        { c: current },
        resident.auth,
        { from: '127.0.0.56' },
      );
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await change(`wrong-current-${i}`)));
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    expect(codeOf(await change(resident.password))).toBe('RATE_LIMITED');
  });

  it('keeps no email and no address in the lock table, only hashes', async () => {
    const resident = await signUp(platform);
    await attempt(resident.email, 'one wrong password', '127.0.0.57');
    const keys = rowsOf<{ key: string }>(
      await platform.services.learners.database.db.execute('select key from learners.sign_in_failures'),
    ).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(key).not.toContain('@');
      expect(key).not.toContain('127.0.0');
    }
  });
});

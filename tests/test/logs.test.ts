// What the platform writes to its logs while people sign up, fail to sign in, and meet an
// internal failure: enough to follow a request (correlation ids, causes), never who they are or
// what they typed (no email, password, hash, token or GraphQL variables).
import { Writable } from 'node:stream';
import { setLogDestination } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let logged = '';
beforeAll(async () => {
  setLogDestination(
    new Writable({
      write(chunk, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    }),
    'debug',
  );
  platform = await startPlatform({ seed: false });
});
afterAll(async () => {
  await platform?.stop();
  setLogDestination(process.stdout, 'silent');
});

describe('logs', () => {
  it('hold no personal data or secrets of the requests they describe', async () => {
    const account = await signUp(platform, { residenceCityId: 'suwon' });
    const wrongPassword = 'not-my-password-123';
    await platform.query(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      {
        e: account.email,
        p: wrongPassword,
      },
    );
    const stranger = uniqueEmail('stranger');
    await platform.query(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      {
        e: stranger,
        p: wrongPassword,
      },
    );
    // An internal failure, with the learner's token on the request.
    await platform.stopSubgraph('history');
    try {
      const response = await platform.query(
        '{ me { displayName transcript { totalHours } } cities { id } }',
        {},
        account.auth,
      );
      expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await platform.restartSubgraph('history');
    }
    expect(logged).toContain('request failed'); // the failure itself is logged, with its correlation id
    for (const secret of [
      account.email,
      stranger,
      account.password,
      wrongPassword,
      account.token,
      '$argon2id$',
    ]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).not.toMatch(/@test\.baeumteo\.kr/);
  });
});

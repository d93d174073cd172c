// What the platform writes to its logs while people sign up, fail to sign in, and meet an
// internal failure: enough to follow a request (correlation ids, causes), never who they are or
// what they typed (no email, password, hash, token or GraphQL variables). Every request leaves one
// access line (operation, status, duration, correlation id); probes only at debug.
import { setLogDestination } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../src/accounts.ts';
import { captureLogs } from '../src/logCapture.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let logs: { text(): string };
beforeAll(async () => {
  logs = captureLogs('debug');
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
    expect(logs.text()).toContain('request failed'); // the failure itself is logs.text(), with its correlation id
    for (const secret of [
      account.email,
      stranger,
      account.password,
      wrongPassword,
      account.token,
      '$argon2id$',
    ]) {
      expect(logs.text()).not.toContain(secret);
    }
    expect(logs.text()).not.toMatch(/@test\.baeumteo\.kr/);
  });
});

type Line = Record<string, unknown>;
const lines = (): Line[] =>
  logs
    .text()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Line);
const accessLines = (filter: Line) =>
  lines().filter(
    (line) => line.message === 'request' && Object.entries(filter).every(([k, v]) => line[k] === v),
  );

describe('access lines', () => {
  it('are one per request on each process, with the operation, status, duration and correlation id, never the variables', async () => {
    const email = uniqueEmail('access');
    const password = 'access-line-password-42';
    const response = await platform.query(
      'mutation AccessLineSignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const correlationId = response.headers.get('x-correlation-id');
    expect(correlationId).toBeTruthy();
    const [gateway, ...more] = accessLines({ service: 'gateway', correlationId });
    expect(more).toEqual([]);
    expect(gateway).toEqual({
      level: 'info',
      time: expect.any(String),
      service: 'gateway',
      message: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operation: 'AccessLineSignIn',
      correlationId,
    });
    // learners answered the gateway's part of the plan, under the same correlation id.
    const [learners] = accessLines({ service: 'learners', correlationId });
    expect(learners).toMatchObject({ level: 'info', path: '/graphql', status: 200 });
    expect(learners?.operation).toMatch(/^AccessLineSignIn__learners__\d+$/);
    expect(logs.text()).not.toContain(email);
    expect(logs.text()).not.toContain(password);
  });

  it('log probes at debug only, and never a query string', async () => {
    const origin = platform.gatewayOrigin;
    for (const path of ['/health', '/ready', '/metrics'])
      await fetch(`${origin}${path}?probe=secret-probe-value`);
    for (const path of ['/health', '/ready', '/metrics']) {
      const [probe] = accessLines({ service: 'gateway', path });
      expect(probe, path).toMatchObject({ level: 'debug', method: 'GET', status: 200 });
    }
    expect(logs.text()).not.toContain('secret-probe-value');
  });
});

// Sign-in sessions through the gateway: each sign-in is a session with an absolute end; its
// single-use refresh token rotates, and a reused one ends it; signing out (here or everywhere)
// and deleting the account end sessions, and their tokens are refused within the gateway's
// session-check window (shortened here; at most 60 s in production).
import { randomUUID } from 'node:crypto';
import { issueAccessToken, rowsOf } from '@baeumteo/server';
import { testSigningKeys } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signUp, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';
import {
  afterSessionCheckWindow,
  bearer,
  isRefused,
  me,
  refresh,
  testSessionCheckTtlMs,
} from '../src/sessions.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ gateway: { sessionCheckTtlMs: testSessionCheckTtlMs } });
});
afterAll(() => platform?.stop());

const refusedRefresh = (response: Awaited<ReturnType<typeof refresh>>) =>
  response.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && !response.body.data?.refreshToken;

describe('a session', () => {
  it('lasts 30 days at most, its token 15 minutes at most', async () => {
    const learner = await signUp(platform);
    const { body } = await refresh(platform, learner.refreshToken);
    const payload = body.data!.refreshToken;
    const days = (Date.parse(payload.sessionExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(Date.parse(payload.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('refreshes once per refresh token: it rotates, and presenting a used one ends the session', async () => {
    const learner = await signUp(platform);
    const first = await refresh(platform, learner.refreshToken);
    const renewed = first.body.data!.refreshToken;
    expect(renewed.refreshToken).not.toBe(learner.refreshToken);
    expect((await me(platform, bearer(renewed.token))).body.data?.me?.id).toBe(learner.id);

    expect(refusedRefresh(await refresh(platform, learner.refreshToken))).toBe(true);
    // The reuse ended the session: the rotated refresh token and the new access token die with it.
    expect(refusedRefresh(await refresh(platform, renewed.refreshToken))).toBe(true);
    await afterSessionCheckWindow();
    expect(isRefused(await me(platform, bearer(renewed.token)))).toBe(true);
    expect(isRefused(await me(platform, learner.auth))).toBe(true);
  });

  it('presented three times at once, gives one new token, and the session ends', async () => {
    const learner = await signUp(platform);
    const answers = await Promise.all([1, 2, 3].map(() => refresh(platform, learner.refreshToken)));
    const renewed = answers.filter((a) => a.body.data?.refreshToken);
    expect(renewed).toHaveLength(1);
    expect(answers.filter(refusedRefresh)).toHaveLength(2);
    const [ended] = rowsOf<{ end_reason: string }>(
      await platform.services.learners.database.db.execute(
        `select end_reason from learners.sessions where learner_id = '${learner.id}'`,
      ),
    );
    expect(ended?.end_reason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('past its absolute end cannot be refreshed, and no token outlives it', async () => {
    const learner = await signUp(platform);
    const db = platform.services.learners.database.db;
    await db.execute(
      `update learners.sessions set expires_at = now() + interval '2 minutes' where learner_id = '${learner.id}'`,
    );
    const late = (await refresh(platform, learner.refreshToken)).body.data!.refreshToken;
    expect(Date.parse(late.expiresAt)).toBeLessThanOrEqual(Date.parse(late.sessionExpiresAt));
    expect(Date.parse(late.expiresAt) - Date.now()).toBeLessThanOrEqual(2 * 60_000);

    await db.execute(
      `update learners.sessions set expires_at = now() - interval '1 second' where learner_id = '${learner.id}'`,
    );
    expect(refusedRefresh(await refresh(platform, late.refreshToken))).toBe(true);
    await afterSessionCheckWindow();
    expect(isRefused(await me(platform, bearer(late.token)))).toBe(true);
  });
});

describe('ending sessions', () => {
  it('signOut ends this session only: its token and refresh token stop working', async () => {
    const learner = await signUp(platform);
    const phone = await signIn(platform, learner.email, learner.password);
    expect((await me(platform, learner.auth)).body.data?.me?.id).toBe(learner.id);

    const out = await platform.query('mutation { signOut }', {}, learner.auth);
    expect(out.body).toEqual({ data: { signOut: true } });
    // learners itself refuses the ended session at once, e.g. for changing the password.
    const change = await platform.query(
      'mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "another long password") { token } }',
      { c: learner.password },
      learner.auth,
    );
    expect(change.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refusedRefresh(await refresh(platform, learner.refreshToken))).toBe(true);

    await afterSessionCheckWindow();
    expect(isRefused(await me(platform, learner.auth))).toBe(true);
    expect((await me(platform, phone.auth)).body.data?.me?.id).toBe(learner.id);
  });

  it('signOutEverywhere ends both sessions of the learner, and nobody else’s', async () => {
    const learner = await signUp(platform);
    const phone = await signIn(platform, learner.email, learner.password);
    const neighbour = await signUp(platform);
    const out = await platform.query('mutation { signOutEverywhere }', {}, phone.auth);
    expect(out.body).toEqual({ data: { signOutEverywhere: true } });
    await afterSessionCheckWindow();
    expect(isRefused(await me(platform, learner.auth))).toBe(true);
    expect(isRefused(await me(platform, phone.auth))).toBe(true);
    expect(refusedRefresh(await refresh(platform, phone.refreshToken))).toBe(true);
    expect((await me(platform, neighbour.auth)).body.data?.me?.id).toBe(neighbour.id);
    // Signing in again starts a new session.
    const back = await signIn(platform, learner.email, learner.password);
    expect((await me(platform, back.auth)).body.data?.me?.id).toBe(learner.id);
  });

  it('deleteMyAccount ends every session of the account', async () => {
    const learner = await signUp(platform);
    const phone = await signIn(platform, learner.email, learner.password);
    const deleted = await platform.query(
      'mutation ($p: String!) { deleteMyAccount(password: $p) }',
      { p: learner.password },
      learner.auth,
    );
    expect(deleted.body.data).toEqual({ deleteMyAccount: true });
    expect(refusedRefresh(await refresh(platform, phone.refreshToken))).toBe(true);
    await afterSessionCheckWindow();
    expect(isRefused(await me(platform, phone.auth))).toBe(true);
    expect(isRefused(await me(platform, learner.auth))).toBe(true);
  });

  it('refuses a well-signed token whose session does not exist', async () => {
    const learner = await signUp(platform);
    const caller = { id: learner.id, roles: [], residenceCityId: 'siheung' };
    const { token } = await issueAccessToken(testSigningKeys.token, caller, {
      id: randomUUID(),
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(isRefused(await me(platform, bearer(token)))).toBe(true);
  });
});

// Last: on PGlite a restarted learners starts with an empty database.
describe('many new sessions at once', () => {
  it('are checked together, each answered as its own: ended ones refused, roles kept', async () => {
    // The gateway asks learners about the sessions it has not seen in one request (gateway/src/sessions.ts).
    const staff = await withRole(platform, 'CITY_STAFF', 'suwon');
    const learners = await Promise.all(Array.from({ length: 10 }, () => signUp(platform)));
    const ended = new Set(learners.filter((_, i) => i % 2 === 1).map((l) => l.id));
    await Promise.all(
      learners.filter((l) => ended.has(l.id)).map((l) => platform.query('mutation { signOut }', {}, l.auth)),
    );
    const suwon = await platform.query<{ courses: { edges: { node: { id: string } }[] } }>(
      '{ courses(filter: { cityId: "suwon" }, first: 1) { edges { node { id } } } }',
    );
    const courseId = suwon.body.data!.courses.edges[0]!.node.id;
    const applicants = 'query ($id: ID!) { course(id: $id) { enrollments(first: 1) { totalCount } } }';
    const [staffAnswer, residentAnswer, ...answers] = await Promise.all([
      platform.query(applicants, { id: courseId }, staff.auth),
      platform.query(applicants, { id: courseId }, learners[0]!.auth),
      ...learners.map((l) => me(platform, l.auth)),
    ]);
    // The staff member's role survived the batch: applicants are for the city's staff only.
    expect(staffAnswer.body.errors).toBeUndefined();
    expect(residentAnswer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    answers.forEach((answer, i) => {
      const learner = learners[i]!;
      if (ended.has(learner.id)) expect(isRefused(answer)).toBe(true);
      else expect(answer.body.data?.me?.id).toBe(learner.id);
    });
  });
});

describe('when learners cannot answer the session check', () => {
  it('a token checked before keeps its last answer; an unchecked one is refused as unavailable, not signed out', async () => {
    const checked = await signUp(platform);
    const unchecked = await signUp(platform);
    expect((await me(platform, checked.auth)).body.data?.me?.id).toBe(checked.id);
    const coursesQuery = '{ courses(first: 1) { totalCount } }';
    await platform.stopSubgraph('learners');
    try {
      await afterSessionCheckWindow();
      const known = await platform.query<{ courses: { totalCount: number } }>(coursesQuery, {}, checked.auth);
      expect(known.status).toBe(200);
      expect(known.body.data?.courses.totalCount).toBeGreaterThan(0);
      const unknown = await platform.query(coursesQuery, {}, unchecked.auth);
      expect(unknown.status).toBe(503);
      expect(unknown.body.errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
      expect(unknown.body.data ?? null).toBeNull();
    } finally {
      await platform.restartSubgraph('learners');
    }
  });
});

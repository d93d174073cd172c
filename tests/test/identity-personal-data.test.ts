// Personal data rights: exporting everything about oneself with its access log, deleting the
// account while keeping a pseudonymous record, and an access log nobody can change.
import { rowsOf } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

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
    // Deleting the account ended its sessions: the token it held is refused, not a guest's.
    const after = await platform.query('{ me { id } }', {}, learner.auth);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
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

// What a token is worth after its holder's account changed: a revoked role is gone from tokens
// already issued within the gateway's session-check window (shortened here), and a changed
// password ends every other session and the old password with them.
import { rowsOf } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';
import { afterSessionCheckWindow, bearer, isRefused, me, testSessionCheckTtlMs } from '../src/sessions.ts';

let platform: Platform;
let admin: TestAccount;
beforeAll(async () => {
  platform = await startPlatform({ gateway: { sessionCheckTtlMs: testSessionCheckTtlMs } });
  admin = await signIn(platform, demo.admin.email, demo.admin.password);
});
afterAll(() => platform?.stop());

const roleMutation = (verb: 'grantRole' | 'revokeRole') =>
  `mutation ($id: ID!, $role: Role!, $city: ID) { ${verb}(learnerId: $id, role: $role, cityId: $city) { id } }`;

function changeRole(
  verb: 'grantRole' | 'revokeRole',
  who: TestAccount,
  learnerId: string,
  role: string,
  city: string | null,
) {
  return platform.query(roleMutation(verb), { id: learnerId, role, city }, who.auth);
}

/** The grants the learner holds now, as learners stores them. */
async function rolesOf(learnerId: string): Promise<{ role: string; city: string | null }[]> {
  return rowsOf<{ role: string; city: string | null }>(
    await platform.services.learners.database.db.execute(
      `select role::text as role, city_id as city from learners.role_grants where learner_id = '${learnerId}' order by role`,
    ),
  );
}

describe('revokeRole', () => {
  it('takes a role from a token already issued within the window; the rest of the token still works', async () => {
    const staff = await withRole(platform, 'CITY_STAFF', 'suwon');
    const first = await signUp(platform);
    expect(
      (await changeRole('grantRole', staff, first.id, 'INSTRUCTOR', 'suwon')).body.errors,
    ).toBeUndefined();

    const revoked = await changeRole('revokeRole', admin, staff.id, 'CITY_STAFF', 'suwon');
    expect(revoked.body).toEqual({ data: { revokeRole: { id: staff.id } } });
    expect(await rolesOf(staff.id)).toEqual([]);

    await afterSessionCheckWindow();
    const second = await signUp(platform);
    const refused = await changeRole('grantRole', staff, second.id, 'INSTRUCTOR', 'suwon');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rolesOf(second.id)).toEqual([]);
    expect((await me(platform, staff.auth)).body.data?.me?.id).toBe(staff.id);
  });

  it('lets city staff revoke INSTRUCTOR in their city only, and nobody else revoke anything', async () => {
    const staff = await withRole(platform, 'CITY_STAFF', 'suwon');
    const instructor = await withRole(platform, 'INSTRUCTOR', 'suwon');
    const elsewhere = await withRole(platform, 'INSTRUCTOR', 'gimpo');
    const resident = await signUp(platform);

    const refusals = [
      await changeRole('revokeRole', staff, elsewhere.id, 'INSTRUCTOR', 'gimpo'),
      await changeRole('revokeRole', staff, admin.id, 'PROVINCE_ADMIN', null),
      await changeRole('revokeRole', resident, instructor.id, 'INSTRUCTOR', 'suwon'),
    ];
    for (const refusal of refusals) expect(refusal.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await platform.query(roleMutation('revokeRole'), {
      id: instructor.id,
      role: 'INSTRUCTOR',
      city: 'suwon',
    });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const badShape = await changeRole('revokeRole', admin, instructor.id, 'INSTRUCTOR', null);
    expect(badShape.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cityId' });
    expect(await rolesOf(elsewhere.id)).toEqual([{ role: 'INSTRUCTOR', city: 'gimpo' }]);
    expect(await rolesOf(instructor.id)).toEqual([{ role: 'INSTRUCTOR', city: 'suwon' }]);

    const done = await changeRole('revokeRole', staff, instructor.id, 'INSTRUCTOR', 'suwon');
    expect(done.body.errors).toBeUndefined();
    expect(await rolesOf(instructor.id)).toEqual([]);
    // Revoking what is no longer held changes nothing and is not an error.
    expect(
      (await changeRole('revokeRole', staff, instructor.id, 'INSTRUCTOR', 'suwon')).body.errors,
    ).toBeUndefined();
  });
});

describe('changePassword', () => {
  const change = (who: { authorization: string }, current: string, next: string) =>
    platform.query<{ changePassword: { token: string; refreshToken: string } }>(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token refreshToken } }',
      { c: current, n: next },
      who,
    );
  const signInAs = (email: string, password: string) =>
    platform.query(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: email, p: password },
      {},
      { from: '127.0.0.41' },
    );

  it('ends the other session and the old password; the answer is a session of its own', async () => {
    const learner = await signUp(platform);
    const phone = await signIn(platform, learner.email, learner.password);
    const changed = await change(learner.auth, learner.password, 'a brand new passphrase');
    expect(changed.body.errors).toBeUndefined();
    const renewed = changed.body.data!.changePassword;

    await afterSessionCheckWindow();
    expect(isRefused(await me(platform, phone.auth))).toBe(true);
    expect(isRefused(await me(platform, learner.auth))).toBe(true);
    expect((await me(platform, bearer(renewed.token))).body.data?.me?.id).toBe(learner.id);
    expect((await signInAs(learner.email, learner.password)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await signInAs(learner.email, 'a brand new passphrase')).body.errors).toBeUndefined();
  });

  it('refuses a wrong current password or a short new one, changing nothing', async () => {
    const learner = await signUp(platform);
    const wrong = await change(learner.auth, 'not the password', 'a brand new passphrase');
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    const short = await change(learner.auth, learner.password, 'short');
    expect(short.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    await afterSessionCheckWindow();
    expect((await me(platform, learner.auth)).body.data?.me?.id).toBe(learner.id);
    expect((await signInAs(learner.email, learner.password)).body.errors).toBeUndefined();
  });
});

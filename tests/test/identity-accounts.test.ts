// One account province-wide, opened and moved: sign-up, sign-in, moving city, residents counted per
// city, and sign-up input that is refused without storing anything.
import { rowsOf } from '@baeumteo/server';
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

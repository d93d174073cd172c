/// <reference lib="dom" />
// The province admin's people desk: finds a resident by email, grants them a city's staff role and
// revokes it, revokes a certificate of theirs (from their list, and another by its number), after
// which the public verification page says invalid; an unknown email and an unknown number are
// said plainly, and the page is the province admin's only.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demo, signIn, signUp, withRole } from '../src/accounts.ts';
import { ingestAsOwners } from '../src/events.ts';
import type { Platform } from '../src/platform.ts';
import {
  desktop,
  e2eSuite,
  expectAccessible,
  newVisitor,
  phone,
  screenshot,
  settled,
  signInVisitor,
  text,
} from './harness.ts';

const suite = e2eSuite(['siheung']);
const tag = randomUUID().slice(0, 6);

/** A string of the people page. */
const people = (
  locale: 'ko' | 'en' | 'zh' | 'vi',
  key: string,
  values: Record<string, string | number> = {},
) => text('admin', locale, `people.${key}`, values);

/** Certificates earned the way history issues them: a completed course's learning event. */
async function earnCertificates(platform: Platform, learnerId: string, name: string, titles: string[]) {
  const at = new Date().toISOString();
  const totals = await ingestAsOwners(platform, [
    { id: randomUUID(), type: 'PROFILE', learnerId, name, occurredAt: at },
    ...titles.map((courseTitle) => ({
      id: randomUUID(),
      verb: 'COMPLETED',
      learnerId,
      cityId: 'siheung',
      residenceCityId: 'siheung',
      courseId: randomUUID(),
      courseTitle,
      hours: 12,
      category: 'CIVIC_PARTICIPATION',
      occurredAt: at,
    })),
  ]);
  expect(totals).toMatchObject({ certified: titles.length });
}

async function rolesOf(platform: Platform, account: { email: string; password: string }) {
  const fresh = await signIn(platform, account.email, account.password);
  const answer = await platform.query<{ me: { roles: { role: string; city: { id: string } | null }[] } }>(
    'query { me { roles { role city { id } } } }',
    {},
    fresh.auth,
  );
  return (answer.body.data?.me.roles ?? []).map((grant) => `${grant.role}:${grant.city?.id ?? ''}`);
}

describe('the people page', () => {
  it('finds a resident by email, grants and revokes a city role, and revokes their certificates', {
    timeout: 150_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const name = `한결 ${tag}`;
    const resident = await signUp(platform, { residenceCityId: 'siheung', displayName: name });
    const [listed, byNumber] = [`갯골 해설사 과정 ${tag}`, `마을 기록가 과정 ${tag}`];
    await earnCertificates(platform, resident.id, name, [listed ?? '', byNumber ?? '']);

    const { context, page } = await newVisitor(suite.browser(), { viewport: desktop });
    await signInVisitor(context, platform, demo.admin);
    await page.goto(site.at('/admin/people'));
    await page.getByTestId('people-page').waitFor();
    const email = page.getByLabel(people('ko', 'search.email'), { exact: true });

    // An email no account has: said so, plainly.
    const unknown = `nobody-${tag}@test.baeumteo.kr`;
    await email.fill(unknown);
    await page.getByTestId('person-search-submit').click();
    await page.getByTestId('person-not-found').waitFor();
    expect(await page.getByTestId('person-not-found').textContent()).toBe(
      people('ko', 'search.notFound', { email: unknown }),
    );
    expect(await page.getByTestId('person').count()).toBe(0);
    await expectAccessible(page, 'people page, not found');

    // The resident, by their email in other letter case.
    await email.fill(resident.email.toUpperCase());
    await page.getByTestId('person-search-submit').click();
    const person = page.getByTestId('person');
    await person.waitFor();
    expect(await person.getByRole('heading', { level: 2 }).textContent()).toBe(name);
    expect(await page.getByTestId('person-email').textContent()).toBe(resident.email);
    expect(await page.getByTestId('person-residence').textContent()).toBe('시흥시');
    const roles = page.getByTestId('person-role');
    expect(await roles.allTextContents()).toEqual([people('ko', 'role.RESIDENT')]);
    expect(await page.getByTestId('person-certificate').count()).toBe(2);

    // Grant CITY_STAFF of Siheung (this site's city is chosen at first).
    const grantForm = page.getByTestId('grant-role-form');
    await grantForm.getByLabel(people('ko', 'grant.role'), { exact: true }).selectOption('CITY_STAFF');
    await expect.poll(() => page.getByTestId('grant-city').inputValue()).toBe('siheung');
    await page.getByTestId('grant-role').click();
    const staffRole = people('ko', 'roles.inCity', { role: people('ko', 'role.CITY_STAFF'), city: '시흥시' });
    await expect.poll(() => roles.count()).toBe(2);
    expect(await page.locator('[data-role="CITY_STAFF:siheung"] .people-roles__name').textContent()).toBe(
      staffRole,
    );
    expect(await page.getByTestId('role-outcome').textContent()).toBe(
      people('ko', 'roles.granted', { role: staffRole, name }),
    );
    expect(await rolesOf(platform, resident)).toContain('CITY_STAFF:siheung');
    // Granting it again is said to be held already, not granted twice.
    await page.getByTestId('grant-role').click();
    await grantForm.getByText(people('ko', 'grant.alreadyHeld')).waitFor();
    await settled(page);
    await screenshot(page, 'admin-people-desktop');
    await expectAccessible(page, 'people page with a person');

    // Revoke it, after a confirm step; the page says when tokens lose it.
    await page.locator('[data-role="CITY_STAFF:siheung"]').getByTestId('revoke-role').click();
    await page.getByTestId('confirm-revoke-role').click();
    await expect.poll(() => roles.allTextContents()).toEqual([people('ko', 'role.RESIDENT')]);
    expect(await page.getByTestId('role-outcome').textContent()).toBe(
      `${people('ko', 'roles.revoked', { role: staffRole, name })} ${people('ko', 'roles.tokenNote')}`,
    );
    expect(await rolesOf(platform, resident)).not.toContain('CITY_STAFF:siheung');

    // Revoke one certificate from the list: a reason is required, then a confirm step.
    const card = page.getByTestId('person-certificate').filter({ hasText: listed ?? '' });
    const number = (await card.getByRole('link').textContent()) ?? '';
    expect(number).toMatch(/^GG-\d{4}-41390-\d{6}$/);
    expect(await card.getByTestId('certificate-status').textContent()).toBe(
      people('ko', 'certificates.valid'),
    );
    await card.getByTestId('revoke-certificate').click();
    const reason = card.getByLabel(people('ko', 'revoke.reason'), { exact: true });
    expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await card.getByTestId('revoke-certificate-next').click();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await card.locator('.field__error').textContent()).toBe(
      people('ko', 'revoke.reasonError', { max: 500 }),
    );
    await reason.fill('출석부 오류로 잘못 발급되었습니다.');
    await card.getByTestId('revoke-certificate-next').click();
    expect(await card.textContent()).toContain(people('ko', 'revoke.confirm', { number }));
    await card.getByTestId('confirm-revoke-certificate').click();
    await expect.poll(() => card.getAttribute('data-revoked')).toBe('true');
    expect(await card.getByTestId('certificate-status').textContent()).toMatch(/회수됨$/);
    expect(await card.textContent()).toContain('출석부 오류로 잘못 발급되었습니다.');
    expect(await page.getByTestId('certificate-revoked').first().textContent()).toContain(
      people('ko', 'revoke.done', { number }),
    );

    // The other by its number, as if known from elsewhere; an unknown number first.
    const otherNumber =
      (await page
        .getByTestId('person-certificate')
        .filter({ hasText: byNumber ?? '' })
        .getByRole('link')
        .textContent()) ?? '';
    const byNumberForm = page.locator('.people-by-number').getByTestId('revoke-certificate-form');
    const numberField = byNumberForm.getByLabel(people('ko', 'revoke.number'), { exact: true });
    await numberField.fill('GG-2026-41390-999999');
    await byNumberForm.getByLabel(people('ko', 'revoke.reason'), { exact: true }).fill('중복 발급');
    await byNumberForm.getByTestId('revoke-certificate-next').click();
    await byNumberForm.getByTestId('confirm-revoke-certificate').click();
    await expect.poll(() => numberField.getAttribute('aria-invalid')).toBe('true');
    expect(await byNumberForm.locator('.field__error').textContent()).toBe(people('ko', 'revoke.notFound'));
    await numberField.fill(otherNumber);
    await byNumberForm.getByTestId('revoke-certificate-next').click();
    await byNumberForm.getByTestId('confirm-revoke-certificate').click();
    await expect
      .poll(() => page.locator('.people-by-number').getByTestId('certificate-revoked').textContent())
      .toContain(people('ko', 'revoke.done', { number: otherNumber }));
    // The person's list shows it too.
    await expect
      .poll(() =>
        page
          .getByTestId('person-certificate')
          .filter({ hasText: byNumber ?? '' })
          .getAttribute('data-revoked'),
      )
      .toBe('true');
    await settled(page);
    await expectAccessible(page, 'people page after revoking');

    // The verification page now says invalid, for anyone.
    const stranger = await newVisitor(suite.browser());
    for (const revoked of [number, otherNumber]) {
      await stranger.page.goto(site.at(`/verify/${revoked}`));
      await expect
        .poll(() => stranger.page.getByTestId('verification-result').getAttribute('data-valid'))
        .toBe('false');
    }
    await stranger.context.close();

    // On a phone, and in Chinese.
    const zh = await newVisitor(suite.browser(), { viewport: phone, locale: 'zh-CN' });
    await signInVisitor(zh.context, platform, demo.admin);
    await zh.page.goto(site.at('/admin/people'));
    await zh.page.getByTestId('people-page').waitFor();
    expect(await zh.page.getByRole('heading', { level: 1 }).textContent()).toBe(people('zh', 'title'));
    await zh.page.getByLabel(people('zh', 'search.email'), { exact: true }).fill(resident.email);
    await zh.page.getByTestId('person-search-submit').click();
    await zh.page.getByTestId('person').waitFor();
    expect(await zh.page.getByTestId('certificate-status').first().textContent()).toMatch(/已于.+撤销/);
    await settled(zh.page);
    await screenshot(zh.page, 'admin-people-phone-zh');
    await expectAccessible(zh.page, 'people page in Chinese on a phone');
    await zh.context.close();
    await context.close();
  });

  it('is for province admins only', { timeout: 60_000 }, async () => {
    const platform = suite.platform();
    const staff = await withRole(platform, 'CITY_STAFF', 'siheung');
    const { context, page } = await newVisitor(suite.browser(), { viewport: phone });
    await signInVisitor(context, platform, staff);
    await page.goto(suite.site('siheung').at('/admin/people'));
    await page.getByTestId('not-allowed').waitFor();
    expect(await page.getByTestId('people-page').count()).toBe(0);
    // And the API refuses the lookup, whatever the page shows.
    const answer = await platform.query(
      'query ($e: String!) { learnerByEmail(email: $e) { id } }',
      { e: demo.staff.email },
      staff.auth,
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });
});

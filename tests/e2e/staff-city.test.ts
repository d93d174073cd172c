/// <reference lib="dom" />
// A city's staff keep the city's site: venues by dong (a refused name first, nothing typed lost),
// the featured contents of the home page in their order, and live classes (a refused capacity
// first), which residents then see; the pages are the city's staff's only.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, signIn, signUp, type TestAccount, withRole } from '../src/accounts.ts';
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

const suite = e2eSuite(['siheung', 'seongnam']);
const tag = randomUUID().slice(0, 6);

/** A string of the staff's city pages. */
const city = (locale: 'ko' | 'en' | 'zh' | 'vi', key: string, values: Record<string, string | number> = {}) =>
  text('staffCity', locale, key, values);

/** A Korea-time `YYYY-MM-DDTHH:mm`, `days` from today, at `hour`. */
function koreaTime(days: number, hour: number): string {
  const kst = new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000);
  return `${kst.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

/** Two contents of the shared library, added by the province admin, found by `tag`. */
async function twoContents(platform: Platform): Promise<string[]> {
  const admin = await signIn(platform, demo.admin.email, demo.admin.password);
  const titles = [`갯골 산책 ${tag} 하나`, `갯골 산책 ${tag} 둘`];
  for (const titleKo of titles) {
    const created = await platform.query(
      'mutation ($input: ContentInput!) { createContent(input: $input) { id } }',
      {
        input: {
          titleKo,
          descriptionKo: '시흥 갯골을 따라 걷는 영상입니다.',
          kind: 'VIDEO',
          provider: 'GSEEK',
          url: `https://www.gseek.kr/watch/${tag}-${titles.indexOf(titleKo)}`,
          level: 'BEGINNER',
          category: 'CULTURE_ARTS',
          durationMinutes: 12,
          languages: ['KO'],
        },
      },
      admin.auth,
    );
    if (created.body.errors) throw new Error(JSON.stringify(created.body.errors));
  }
  return titles;
}

async function staffPage(account: TestAccount, viewport = desktop, locale = 'ko-KR') {
  const visitor = await newVisitor(suite.browser(), { viewport, locale });
  await signInVisitor(visitor.context, suite.platform(), account);
  return visitor;
}

const featuredTitles = (page: Page) => page.getByTestId('featured-title').allTextContents();

describe('the staff pages of a city site', () => {
  it('add a venue under its dong and edit its address, after a refused name', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const staff = await withRole(platform, 'CITY_STAFF', 'siheung');
    const { context, page } = await staffPage(staff);
    const dong = `배곧${tag}동`;
    const name = `배곧 주민 배움터 ${tag}`;

    await page.goto(site.at('/staff/venues'));
    await page.getByTestId('staff-venues').waitFor();
    await settled(page);
    await page.getByTestId('add-venue').click();
    const form = page.getByTestId('venue-form');
    const field = (key: string) => form.getByLabel(city('ko', `venueForm.${key}`), { exact: true });
    // Focus moves to the opened form.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('venue-form-title');
    await field('kind').selectOption('NEIGHBORHOOD_CENTER');
    await field('address').fill('시흥시 배곧3로 12');
    await field('dong').fill(dong);
    await page.getByTestId('venue-form-submit').click();

    // No name: the API's refusal is said at the name, which takes focus; the rest stays.
    const nameField = field('name');
    await expect.poll(() => nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field__error').allTextContents()).toEqual([
      city('ko', 'venueForm.errors.name', { max: 200 }),
    ]);
    expect(await nameField.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field('address').inputValue()).toBe('시흥시 배곧3로 12');
    expect(await field('dong').inputValue()).toBe(dong);
    await expectAccessible(page, 'venue form with a refused name');

    await nameField.fill(name);
    await page.getByTestId('venue-form-submit').click();
    const saved = page.getByTestId('venue-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toBe(city('ko', 'venues.added', { name, dong }));
    // It is listed under its dong, with its kind and address.
    const group = page.locator(`[data-testid="venue-group"][data-dong="${dong}"]`);
    await expect.poll(() => group.getByTestId('venue-card').count()).toBe(1);
    expect(await group.getByRole('heading', { level: 3 }).textContent()).toContain(dong);
    const card = group.getByTestId('venue-card');
    expect(await card.textContent()).toContain(name);
    expect(await card.textContent()).toContain(city('ko', 'venueKind.NEIGHBORHOOD_CENTER'));
    expect(await card.getByTestId('venue-address').textContent()).toContain('시흥시 배곧3로 12');
    await settled(page);
    await screenshot(page, 'staff-venues-siheung-desktop');
    await expectAccessible(page, 'venues page');

    // Edit its address: the form holds what was saved.
    await card.getByTestId('edit-venue').click();
    await expect.poll(() => field('name').inputValue()).toBe(name);
    expect(await field('dong').inputValue()).toBe(dong);
    await field('address').fill('시흥시 배곧4로 7');
    await screenshot(page, 'staff-venues-siheung-desktop-edit');
    await page.getByTestId('venue-form-submit').click();
    await expect.poll(() => saved.textContent()).toBe(city('ko', 'venues.saved', { name, dong }));
    await expect.poll(() => card.getByTestId('venue-address').textContent()).toContain('시흥시 배곧4로 7');
    expect(await group.getByTestId('venue-card').count()).toBe(1);

    // The API has it so.
    const answer = await platform.query<{
      city: { venues: { name: string; address: string; dong: string }[] };
    }>('query { city(id: "siheung") { venues { name address dong } } }');
    expect(answer.body.data?.city.venues.find((venue) => venue.name === name)).toEqual({
      name,
      address: '시흥시 배곧4로 7',
      dong,
    });

    // On a phone.
    await page.setViewportSize(phone);
    await page.reload();
    await group.getByTestId('venue-card').waitFor();
    await settled(page);
    await screenshot(page, 'staff-venues-siheung-phone');
    await expectAccessible(page, 'venues page on a phone');
    await context.close();
  });

  it('feature two contents in the order staff give them, which the home page then shows', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const [first, second] = await twoContents(platform);
    const staff = await withRole(platform, 'CITY_STAFF', 'siheung');
    const { context, page } = await staffPage(staff);

    await page.goto(site.at('/staff/featured'));
    await page.getByTestId('staff-featured').waitFor();
    await settled(page);
    const before = await featuredTitles(page);

    await page.getByTestId('featured-search').fill(tag);
    await page.getByTestId('featured-search-submit').click();
    const results = page.getByTestId('featured-search-result');
    await expect.poll(() => results.count()).toBe(2);
    for (const title of [first, second]) {
      await results
        .filter({ hasText: title ?? '' })
        .getByTestId('add-featured')
        .click();
    }
    await expect.poll(() => featuredTitles(page)).toEqual([...before, first, second]);
    expect(
      await results
        .filter({ hasText: first ?? '' })
        .getByTestId('add-featured')
        .textContent(),
    ).toBe(city('ko', 'featured.already'));
    await page.getByTestId('featured-unsaved').waitFor();

    // The second before the first: one step up. Focus stays on the moved content.
    const secondRow = page.getByTestId('featured-row').filter({ hasText: second ?? '' });
    await secondRow.getByTestId('move-up').click();
    await expect.poll(() => featuredTitles(page)).toEqual([...before, second, first]);
    expect(await page.getByTestId('featured-status').textContent()).toBe(
      city('ko', 'featured.said.moved', { title: second ?? '', position: before.length + 1 }),
    );
    expect(
      await secondRow.getByTestId('move-up').evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await settled(page);
    await screenshot(page, 'staff-featured-siheung-desktop');
    await expectAccessible(page, 'featured contents, arranged and not saved');

    await page.getByTestId('save-featured').click();
    await expect
      .poll(() => page.getByTestId('featured-status').textContent())
      .toBe(city('ko', 'featured.said.saved'));
    expect(await page.getByTestId('featured-unsaved').count()).toBe(0);

    // The home page, for anyone, features them in this order.
    const visitor = await newVisitor(suite.browser(), { viewport: phone });
    await visitor.page.goto(site.at('/'));
    const featured = visitor.page.getByTestId('featured-content');
    await expect.poll(() => featured.count()).toBe(before.length + 2);
    const home = (await featured.locator('a').allTextContents()).filter((title) => title.includes(tag));
    expect(home).toEqual([second, first]);
    await visitor.context.close();

    // A reload of the staff page shows the saved order.
    await page.reload();
    await expect.poll(() => featuredTitles(page)).toEqual([...before, second, first]);
    await context.close();
  });

  it('schedule a live class after a refused capacity; it is listed here and on /live', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const staff = await withRole(platform, 'CITY_STAFF', 'siheung');
    const { context, page } = await staffPage(staff, phone);
    const titleKo = `갯골 생태 라이브 특강 ${tag}`;

    await page.goto(site.at('/staff/featured'));
    await page.getByTestId('live-form').waitFor();
    const form = page.getByTestId('live-form');
    const field = (key: string) => form.getByLabel(city('ko', `liveForm.${key}`), { exact: true });
    await field('titleKo').fill(titleKo);
    await field('titleEn').fill(`Tidal flat live ${tag}`);
    await field('startsAt').fill(koreaTime(2, 19));
    await field('endsAt').fill(koreaTime(2, 21));
    await field('capacity').fill('100');
    await field('room').fill(`siheung-eco-${tag}`);
    await page.getByTestId('live-form-submit').click();

    const capacity = field('capacity');
    await expect.poll(() => capacity.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field__error').allTextContents()).toEqual([
      city('ko', 'liveForm.errors.capacity', { min: '300', max: '10,000' }),
    ]);
    expect(await capacity.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field('titleKo').inputValue()).toBe(titleKo);
    expect(await field('startsAt').inputValue()).toBe(koreaTime(2, 19));
    await settled(page);
    await screenshot(page, 'staff-featured-siheung-phone-refused');
    await expectAccessible(page, 'live class form with a refused capacity');

    await capacity.fill('500');
    await page.getByTestId('live-form-submit').click();
    await page.getByTestId('live-scheduled').waitFor();
    expect(await page.getByTestId('live-scheduled').textContent()).toContain(titleKo);
    const listed = page.getByTestId('city-live-class').filter({ hasText: titleKo });
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('500');
    // The form is empty again for the next class.
    expect(await field('titleKo').inputValue()).toBe('');
    await settled(page);
    await screenshot(page, 'staff-featured-siheung-phone');
    await expectAccessible(page, 'featured page on a phone');

    // Residents find it on /live, with its Korea time.
    const resident = await signUp(platform, { residenceCityId: 'siheung' });
    const visitor = await newVisitor(suite.browser(), { viewport: phone });
    await signInVisitor(visitor.context, platform, resident);
    await visitor.page.goto(site.at('/live'));
    const live = visitor.page.getByTestId('live-class').filter({ hasText: titleKo });
    await expect.poll(() => live.count()).toBe(1);
    expect(await live.textContent()).toMatch(/오후 7:00/);

    // The staff pages are not the resident's.
    for (const path of ['/staff/venues', '/staff/featured']) {
      await visitor.page.goto(site.at(path));
      await visitor.page.getByTestId('not-allowed').waitFor();
      expect(await visitor.page.getByTestId('staff-venues').count()).toBe(0);
      expect(await visitor.page.getByTestId('staff-featured').count()).toBe(0);
    }
    await visitor.context.close();
    await context.close();
  });

  it('are not another city’s staff’s, and speak Chinese', { timeout: 90_000 }, async () => {
    const platform = suite.platform();
    const seongnamStaff = await withRole(platform, 'CITY_STAFF', 'seongnam');
    const other = await staffPage(seongnamStaff, phone);
    await other.page.goto(suite.site('siheung').at('/staff/venues'));
    await other.page.getByTestId('not-allowed').waitFor();
    // On their own city's site they are let in.
    await other.page.goto(suite.site('seongnam').at('/staff/venues'));
    await other.page.getByTestId('staff-venues').waitFor();
    await other.context.close();

    const staff = await withRole(platform, 'CITY_STAFF', 'siheung');
    const { context, page } = await staffPage(staff, desktop, 'zh-CN');
    await page.goto(suite.site('siheung').at('/staff/featured'));
    await page.getByTestId('staff-featured').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(city('zh', 'featured.title'));
    expect(await page.getByRole('heading', { level: 2, name: city('zh', 'notices.title') }).count()).toBe(1);
    expect(
      await page.getByText(city('zh', 'notices.body', { path: 'web/cities/siheung/theme.json' })).count(),
    ).toBe(1);
    await settled(page);
    await screenshot(page, 'staff-featured-siheung-desktop-zh');
    await expectAccessible(page, 'featured page in Chinese');
    await context.close();
  });
});

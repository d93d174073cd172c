/// <reference lib="dom" />
// The province admin curates the shared library on the city sites: adds a YouTube content (a
// refused address first, nothing typed lost), a resident finds it in the library, the admin
// retires it and the resident's search no longer finds it; the page is the admin's only.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, signUp } from '../src/accounts.ts';
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

/** A string of the admin page. */
const admin = (
  locale: 'ko' | 'en' | 'zh' | 'vi',
  key: string,
  values: Record<string, string | number> = {},
) => text('admin', locale, key, values);

const language = (code: 'KO' | 'EN') => text('common', 'ko', `localeName.${code}`);

async function searchLibrary(page: Page, words: string) {
  await page.getByTestId('content-search').fill(words);
  await page.getByTestId('content-search').press('Enter');
}

describe('the content library page', () => {
  it('adds a content (after a refused address), which residents find until the admin retires it', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('siheung');
    const titleKo = `우리 동네 산책 ${tag}`;

    const office = await newVisitor(browser, { viewport: desktop });
    await signInVisitor(office.context, platform, demo.admin);
    const page = office.page;
    await page.goto(site.at('/admin/contents'));
    await page.getByTestId('content-admin').waitFor();
    await page.getByRole('button', { name: admin('ko', 'add.open'), exact: true }).click();

    const form = page.getByTestId('content-form');
    const field = (label: string) => form.getByLabel(label, { exact: true });
    await field(admin('ko', 'form.title', { language: language('KO') })).fill(titleKo);
    await field(admin('ko', 'form.title', { language: language('EN') })).fill(`Neighbourhood walk ${tag}`);
    await field(admin('ko', 'form.description', { language: language('KO') })).fill(
      '시흥 갯골을 따라 걷는 12분 영상입니다.',
    );
    await field(admin('ko', 'form.kind')).selectOption('YOUTUBE');
    await field(admin('ko', 'form.level')).selectOption('BEGINNER');
    await field(admin('ko', 'form.category')).selectOption('CULTURE_ARTS');
    await field(admin('ko', 'form.duration')).fill('12');
    await field(admin('ko', 'form.provider')).fill('시흥시 평생학습관 YouTube');
    await form.getByRole('checkbox', { name: language('EN'), exact: true }).check();
    await field(admin('ko', 'form.city')).selectOption('siheung');
    const url = field(admin('ko', 'form.url'));
    await url.fill('http://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.getByTestId('content-form-submit').click();

    // The API refuses the address: said at the field, which takes focus; everything typed stays.
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field__error').allTextContents()).toEqual([admin('ko', 'errors.url')]);
    expect(await page.getByRole('alert').first().textContent()).toContain(admin('ko', 'errors.url'));
    expect(await url.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field(admin('ko', 'form.title', { language: language('KO') })).inputValue()).toBe(titleKo);
    expect(await field(admin('ko', 'form.duration')).inputValue()).toBe('12');
    expect(await field(admin('ko', 'form.city')).inputValue()).toBe('siheung');
    expect(await form.getByRole('checkbox', { name: language('EN'), exact: true }).isChecked()).toBe(true);
    await screenshot(page, 'admin-contents-siheung-desktop-refused');
    await expectAccessible(page, 'content form with a refused address');

    await url.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.getByTestId('content-form-submit').click();
    const saved = page.getByTestId('content-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain(titleKo);
    const href = (await saved.getByRole('link').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/library\/[^/]+$/);
    await settled(page);
    await expectAccessible(page, 'content library page after saving');

    // A resident finds it in the library, on a phone.
    const resident = await signUp(platform, { residenceCityId: 'siheung' });
    const learner = await newVisitor(browser, { viewport: phone });
    await signInVisitor(learner.context, platform, resident);
    await learner.page.goto(site.at('/library'));
    await searchLibrary(learner.page, tag);
    await expect.poll(() => learner.page.getByTestId('content-card').count()).toBe(1);
    expect(await learner.page.getByTestId('content-card').getAttribute('href')).toBe(href);

    // The admin finds it and edits it: the form holds what was saved (no copies of the Korean
    // text where no translation was given).
    await page.getByTestId('admin-search').fill(tag);
    const rows = page.getByTestId('admin-content-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(titleKo);
    await rows.first().getByTestId('edit-content').click();
    await expect
      .poll(() => field(admin('ko', 'form.title', { language: language('EN') })).inputValue())
      .toBe(`Neighbourhood walk ${tag}`);
    expect(await field(admin('ko', 'form.title', { language: language('KO') })).inputValue()).toBe(titleKo);
    expect(await field(admin('ko', 'form.description', { language: language('EN') })).inputValue()).toBe('');
    expect(await field(admin('ko', 'form.kind')).inputValue()).toBe('YOUTUBE');
    expect(await field(admin('ko', 'form.url')).inputValue()).toBe(
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(await form.getByRole('checkbox', { name: language('EN'), exact: true }).isChecked()).toBe(true);
    await field(admin('ko', 'form.duration')).fill('14');
    await field(admin('ko', 'form.city')).selectOption('siheung');
    await page.getByTestId('content-form-submit').click();
    await saved.waitFor();
    await expect
      .poll(() => rows.first().textContent())
      .toContain(text('common', 'ko', 'units.minutes_other', { count: 14 }));

    // Then retires it, after a confirm step.
    await rows.first().getByTestId('retire-content').click();
    await rows.first().getByTestId('confirm-retire').click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.getByRole('status').allTextContents()).toContain(
      admin('ko', 'retire.done', { title: titleKo }),
    );

    // The resident's search no longer finds it.
    await learner.page.reload();
    await learner.page.getByTestId('content-search').waitFor();
    await searchLibrary(learner.page, tag);
    await expect.poll(() => learner.page.getByTestId('result-count').textContent()).toMatch(/\b0\b/);
    expect(await learner.page.getByTestId('content-card').count()).toBe(0);

    // The admin page is not the resident's.
    await learner.page.goto(site.at('/admin/contents'));
    await learner.page.getByTestId('not-allowed').waitFor();
    expect(await learner.page.getByTestId('content-admin').count()).toBe(0);
    await office.context.close();
    await learner.context.close();
  });

  it.each([{ city: 'siheung' as const }, { city: 'seongnam' as const }])(
    'looks right on a phone and a desktop in $city',
    { timeout: 120_000 },
    async ({ city }) => {
      const platform = suite.platform();
      const browser = suite.browser();
      const site = suite.site(city);
      // Korean on both, and Vietnamese on a phone (the longest texts).
      for (const [device, viewport, locale] of [
        ['phone', phone, 'ko'],
        ['desktop', desktop, 'ko'],
        ['phone-vi', phone, 'vi'],
      ] as const) {
        const { context, page } = await newVisitor(browser, {
          viewport,
          locale: locale === 'vi' ? 'vi-VN' : 'ko-KR',
        });
        await signInVisitor(context, platform, demo.admin);
        await page.goto(site.at('/admin/contents'));
        await page.getByTestId('admin-content-row').first().waitFor();
        await settled(page);
        await screenshot(page, `admin-contents-${city}-${device}`);
        await expectAccessible(page, `content library page, ${city} ${device}`);
        await page.getByRole('button', { name: admin(locale, 'add.open'), exact: true }).click();
        await page.getByTestId('content-form').waitFor();
        await settled(page);
        await screenshot(page, `admin-contents-${city}-${device}-form`);
        await expectAccessible(page, `content form, ${city} ${device}`);
        await context.close();
      }
    },
  );
});

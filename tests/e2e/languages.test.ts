/// <reference lib="dom" />
// Four languages on a phone: the menu offers what the city offers, every string and the course
// titles change with it, the document's lang follows, and the choice survives a reload.
import { describe, expect, it } from 'vitest';
import { e2eSuite, expectAccessible, newVisitor, screenshot, settled, text } from './harness.ts';

const suite = e2eSuite(['siheung', 'namyangju']);

async function openTitles(locale: 'KO' | 'EN' | 'ZH' | 'VI'): Promise<Set<string>> {
  const answer = await suite
    .platform()
    .query<{ courses: { edges: { node: { title: string } }[] } }>(
      `query ($l: Locale) { courses(filter: { cityId: "siheung", openForApplication: true }, first: 100) { edges { node { title(locale: $l) } } } }`,
      { l: locale },
    );
  return new Set(answer.body.data?.courses.edges.map((e) => e.node.title));
}

describe('languages', () => {
  it('switches a Siheung visitor to Vietnamese, Chinese and English and remembers it', {
    timeout: 90_000,
  }, async () => {
    const browser = suite.browser();
    const siheung = suite.site('siheung');
    const _namyangju = suite.site('namyangju');
    const { context, page } = await newVisitor(browser);
    await page.goto(siheung.url);
    await page.getByTestId('course-card').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ko-KR');
    const options = await page
      .getByTestId('language-menu')
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(['ko', 'en', 'zh', 'vi']);

    for (const [locale, tag, api] of [
      ['vi', 'vi-VN', 'VI'],
      ['zh', 'zh-CN', 'ZH'],
      ['en', 'en-US', 'EN'],
    ] as const) {
      await page.getByTestId('language-menu').selectOption(locale);
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(tag);
      const nav = page.getByRole('navigation', { name: text('common', locale, 'nav.label') });
      await expect
        .poll(() => nav.getByRole('link', { name: text('common', locale, 'nav.courses') }).count())
        .toBe(1);
      expect(await page.getByRole('link', { name: text('common', locale, 'skipToContent') }).count()).toBe(1);
      // Course titles in that language where the course has one (Korean otherwise, as the API answers).
      const titles = await openTitles(api);
      await expect
        .poll(async () => {
          const shown = (await page.getByTestId('course-card').getByRole('link').allTextContents()).map((t) =>
            t.trim(),
          );
          return shown.length > 0 && shown.every((title) => [...titles].some((t) => title.includes(t)));
        })
        .toBe(true);
      await settled(page);
      await screenshot(page, `home-siheung-${locale}-phone`);
      await expectAccessible(page, `siheung home in ${locale}`);
    }
    await page.getByTestId('language-menu').selectOption('vi');
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('vi-VN');
    expect(await page.getByTestId('language-menu').inputValue()).toBe('vi');
    await context.close();
  });

  it("offers only the city's languages, and greets a Vietnamese browser in Vietnamese where offered", {
    timeout: 90_000,
  }, async () => {
    const browser = suite.browser();
    const siheung = suite.site('siheung');
    const namyangju = suite.site('namyangju');
    const { context, page } = await newVisitor(browser, { locale: 'vi-VN' });
    await page.goto(namyangju.url);
    await page.getByTestId('language-menu').waitFor();
    const options = await page
      .getByTestId('language-menu')
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(['ko', 'en']);
    // Namyangju has no Vietnamese: its default, Korean.
    expect(await page.getAttribute('html', 'lang')).toBe('ko-KR');
    await context.close();

    const visitor = await newVisitor(browser, { locale: 'vi-VN' });
    await visitor.page.goto(siheung.url);
    await expect.poll(() => visitor.page.getAttribute('html', 'lang')).toBe('vi-VN');
    await visitor.context.close();
  });
});

/// <reference lib="dom" />
// The province analyst's dashboard: learning recorded in three cities (Siheung and Seongnam with
// enough learners to be shown, Yangpyeong with two, suppressed), the table with numbers and
// "suppressed" cells, the gap as a headline, the charts drawn, another period chosen, a custom
// period refused and then taken, the CSV downloaded; a resident is not let in.
import { randomUUID } from 'node:crypto';
import { text as streamText } from 'node:stream/consumers';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { ingestAsOwners } from '../src/events.ts';
import {
  desktop,
  e2eSuite,
  expectAccessible,
  newVisitor,
  screenshot,
  settled,
  signInVisitor,
  text,
} from './harness.ts';

const suite = e2eSuite(['siheung']);

const KOREA_MS = 9 * 3_600_000;
const day = 86_400_000;

/** A day in the middle of the half-year before the current one (Korea time): inside "last semester" only. */
function lastSemesterDay(now: Date): Date {
  const korea = new Date(now.getTime() + KOREA_MS);
  const year = korea.getUTCFullYear();
  return korea.getUTCMonth() < 6
    ? new Date(Date.UTC(year - 1, 9, 15, 3)) // 15 October last year, 12:00 in Korea
    : new Date(Date.UTC(year, 3, 15, 3)); // 15 April
}

function record(verb: string, residenceCityId: string, at: Date, extra: object = {}) {
  return {
    id: randomUUID(),
    verb,
    learnerId: randomUUID(),
    cityId: residenceCityId,
    residenceCityId,
    courseId: randomUUID(),
    occurredAt: at.toISOString(),
    ...extra,
  };
}

const koreaYear = (at: Date) => new Date(at.getTime() + KOREA_MS).getUTCFullYear();
/**
 * The gap this year: in the second half of a year last semester is part of it, and Gapyeong
 * (6 of 60,000) leads; else Siheung (8 of 520,000) does. Seongnam (6 of 910,000) is the lowest.
 */
function expectedGap(now: Date) {
  const gapyeongThisYear = koreaYear(lastSemesterDay(now)) === koreaYear(now);
  const highest = gapyeongThisYear ? 6 / 60_000 : 8 / 520_000;
  return {
    gap: (Math.round((highest / (6 / 910_000)) * 10) / 10).toFixed(1),
    highest: gapyeongThisYear ? { ko: '가평군', en: 'Gapyeong' } : { ko: '시흥시', en: 'Siheung' },
    shownCities: gapyeongThisYear ? 3 : 2,
    byParticipation: gapyeongThisYear ? ['gapyeong', 'siheung', 'seongnam'] : ['siheung', 'seongnam'],
  };
}

const cell = (page: Page, cityId: string, column: string) =>
  page.locator(`[data-testid="city-row"][data-city-id="${cityId}"] [data-column="${column}"]`);

async function openDashboard(page: Page, path = '/analyst') {
  await page.goto(suite.site('siheung').at(path));
  await page.getByTestId('city-table').waitFor();
  await settled(page);
}

/** Whether Chart.js has drawn anything on the canvas (a canvas cannot be read otherwise). */
const drawn = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) return true;
    return false;
  });

describe('the analyst dashboard', () => {
  let analyst: TestAccount;
  beforeAll(async () => {
    const platform = suite.platform();
    const now = new Date(Date.now() - 60_000);
    const past = lastSemesterDay(now);
    const completed = { courseTitle: '생활 도예', hours: 10, category: 'CULTURE_ARTS' };
    // This year: 8 Siheung residents enrolled (5 of them completed a 10-hour course), 6 in
    // Seongnam, 2 in Yangpyeong (suppressed). Last semester: 6 in Gapyeong only.
    const siheung = Array.from({ length: 8 }, () => record('ENROLLED', 'siheung', now));
    const events = [
      ...siheung,
      ...siheung
        .slice(0, 5)
        .map((e) => ({ ...record('COMPLETED', 'siheung', now, completed), learnerId: e.learnerId })),
      ...Array.from({ length: 6 }, () => record('ENROLLED', 'seongnam', now)),
      ...Array.from({ length: 2 }, () => record('ENROLLED', 'yangpyeong', now)),
      ...Array.from({ length: 6 }, () => record('ENROLLED', 'gapyeong', past)),
    ];
    expect(await ingestAsOwners(platform, events)).toMatchObject({ rejected: [] });
    analyst = await withRole(platform, 'ANALYST', null);
  }, 60_000);

  it('shows an analyst the cities, the gap and the charts, with small cells suppressed, on a phone', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, analyst);
    await openDashboard(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text('analyst', 'ko', 'title'));
    expect(await page.getByTestId('period-thisYear').isChecked()).toBe(true);

    // The table: numbers where enough learners stand behind them, "suppressed" where not (never 0).
    expect(await page.getByTestId('city-row').count()).toBe(31);
    expect(await cell(page, 'siheung', 'activeLearners').textContent()).toBe('8');
    expect(await cell(page, 'siheung', 'enrollments').textContent()).toBe('8');
    expect(await cell(page, 'siheung', 'completions').textContent()).toBe('5');
    expect(await cell(page, 'siheung', 'learningHours').textContent()).toBe('50');
    expect(await cell(page, 'seongnam', 'activeLearners').textContent()).toBe('6');
    const suppressed = text('analyst', 'ko', 'suppressed.label');
    for (const column of ['activeLearners', 'participationRate', 'learningHours']) {
      expect(await cell(page, 'yangpyeong', column).textContent()).toBe(suppressed);
    }
    expect(await page.getByText(text('analyst', 'ko', 'table.suppressedNote')).isVisible()).toBe(true);

    // The headline: the highest rate over Seongnam's.
    const expected = expectedGap(new Date());
    expect(await page.getByTestId('gap-value').textContent()).toBe(
      text('analyst', 'ko', 'gap.value', { gap: expected.gap }),
    );
    expect(await page.getByTestId('gap-highest').textContent()).toContain(expected.highest.ko);
    expect(await page.getByTestId('gap-lowest').textContent()).toContain('성남시');

    // The participation chart: drawn, named, and naming the cities it leaves out.
    const chart = page.getByTestId('participation-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toBe(
      text('analyst', 'ko', 'participation.chartLabel_other', { count: expected.shownCities }),
    );
    await expect.poll(() => drawn(page, 'participation-chart'), { timeout: 10_000 }).toBe(true);
    expect(await page.getByTestId('participation-left-out').textContent()).toContain('양평군');
    expect(await page.getByTestId('participation-left-out').textContent()).not.toContain('시흥시');

    // Month by month and by category.
    const thisMonth = page.locator('[data-testid="month-row"]').last();
    expect(await thisMonth.locator('[data-column="activeLearners"]').textContent()).toBe('16');
    await expect.poll(() => drawn(page, 'months-chart'), { timeout: 10_000 }).toBe(true);
    const arts = page.locator('[data-testid="category-row"][data-category="CULTURE_ARTS"]');
    expect(await arts.textContent()).toContain('100%');
    expect(await arts.textContent()).toContain('50');
    await expectAccessible(page, 'the analyst dashboard, this year');
    await screenshot(page, 'analyst-siheung-phone-this-year');

    // Sorted by participation, highest first; suppressed rows last.
    await page.getByTestId('sort-participationRate').click();
    const order = await page
      .getByTestId('city-row')
      .evaluateAll((rows) => rows.slice(0, 3).map((row) => row.getAttribute('data-city-id')));
    expect(order.slice(0, expected.shownCities)).toEqual(expected.byParticipation);
    expect(
      await page.locator('th', { has: page.getByTestId('sort-participationRate') }).getAttribute('aria-sort'),
    ).toBe('descending');

    // The CSV, fetched with the analyst's token.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^province-stats_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await streamText(await download.createReadStream())).replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe(
      'city_id,city_code,city_name_ko,city_name_en,population,active_learners,participation_rate,enrollments,completions,completion_rate,learning_hours',
    );
    expect(csv.find((line) => line.startsWith('siheung,'))).toMatch(
      /^siheung,41390,시흥시,Siheung,520000,8,[\d.]+,8,5,/,
    );
    expect(csv.find((line) => line.startsWith('yangpyeong,'))).toBe(
      'yangpyeong,41830,양평군,Yangpyeong,120000,,,,,,',
    );

    // Last semester: only Gapyeong learned then; Siheung is now suppressed and no gap can be drawn.
    // (Wait for what changes: Gapyeong's 6 also fall in "this year" from July to December.)
    await page.getByTestId('period-lastSemester').check();
    await expect
      .poll(() => cell(page, 'siheung', 'activeLearners').textContent(), { timeout: 15_000 })
      .toBe(suppressed);
    await settled(page);
    expect(page.url()).toContain('period=lastSemester');
    expect(await cell(page, 'gapyeong', 'activeLearners').textContent()).toBe('6');
    expect(await page.getByTestId('gap-headline').textContent()).toContain(
      text('analyst', 'ko', 'gap.tooFew'),
    );
    await expectAccessible(page, 'the analyst dashboard, last semester');
    await screenshot(page, 'analyst-siheung-phone-last-semester');

    // A custom period: the last day before the first is refused at the field; then it applies.
    await page.getByTestId('period-custom').check();
    await page.getByTestId('period-from').fill('2026-06-10');
    await page.getByTestId('period-to').fill('2026-06-01');
    await page.getByTestId('period-apply').click();
    expect(await page.getByTestId('period-to').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(text('analyst', 'ko', 'period.problem.toBeforeFrom')).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('period-to');
    await expectAccessible(page, 'the analyst dashboard, a refused custom period');
    const year = new Date(Date.now() + KOREA_MS).getUTCFullYear();
    await page.getByTestId('period-from').fill(`${year}-01-01`);
    await page.getByTestId('period-to').fill(`${year}-12-31`);
    await page.getByTestId('period-apply').click();
    await expect
      .poll(() => cell(page, 'siheung', 'activeLearners').textContent(), { timeout: 15_000 })
      .toBe('8');
    expect(page.url()).toContain(`from=${year}-01-01`);
    expect(await page.getByTestId('period-to').getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });

  it('reads in English on a desktop', { timeout: 120_000 }, async () => {
    const { context, page } = await newVisitor(suite.browser(), { locale: 'en-US', viewport: desktop });
    await context.addInitScript(() => window.localStorage.setItem('baeumteo.locale', 'en'));
    await signInVisitor(context, suite.platform(), analyst);
    await openDashboard(page);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text('analyst', 'en', 'title'));
    const expected = expectedGap(new Date());
    expect(await page.getByTestId('gap-value').textContent()).toBe(`${expected.gap}× gap`);
    expect(await page.getByTestId('gap-highest').textContent()).toContain(expected.highest.en);
    expect(await cell(page, 'yangpyeong', 'activeLearners').textContent()).toBe('Suppressed');
    expect(await cell(page, 'siheung', 'completionRate').textContent()).toBe('100%');
    await expect.poll(() => drawn(page, 'categories-chart'), { timeout: 10_000 }).toBe(true);
    await expectAccessible(page, 'the analyst dashboard in English');
    await screenshot(page, 'analyst-siheung-desktop-en');
    await context.close();
  });

  it('lets no resident in', { timeout: 60_000 }, async () => {
    const platform = suite.platform();
    const resident = await signUp(platform, { residenceCityId: 'siheung' });
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, resident);
    await page.goto(suite.site('siheung').at('/analyst'));
    await page.getByTestId('not-allowed').waitFor();
    expect(await page.getByTestId('city-table').count()).toBe(0);
    await expectAccessible(page, 'the analyst dashboard, for a resident');
    await screenshot(page, 'analyst-siheung-phone-not-allowed');
    await context.close();
    // Nor does the API answer them.
    const answer = await platform.query(
      'query ($from: DateTime!, $to: DateTime!) { provinceStats(from: $from, to: $to) { participationGap } }',
      { from: new Date(Date.now() - 30 * day).toISOString(), to: new Date().toISOString() },
      resident.auth,
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

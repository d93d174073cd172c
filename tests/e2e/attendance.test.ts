// Taking a session's attendance on a phone: a city's staff member opens the sheet of a course whose
// first session has started, marks everyone present and two absent, saves in one call, and the API
// then counts exactly those two as absent; a resident is not let in, and nobody sees another
// city's sheet.

import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { iso, sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import type { Platform } from '../src/platform.ts';
import { applyAs } from './fixtures.ts';
import {
  desktop,
  e2eSuite,
  expectAccessible,
  newVisitor,
  type Site,
  screenshot,
  settled,
  signInVisitor,
  text,
} from './harness.ts';

const suite = e2eSuite(['siheung', 'seongnam']);

interface StartedCourse {
  id: string;
  sessionId: string;
  staff: TestAccount;
  learners: TestAccount[];
}

/**
 * A FIRST_COME OFFLINE course of `cityId` for 40, `learnerCount` of its residents enrolled, whose
 * first session starts right after applications close (and has started when this returns).
 */
async function startedCourse(
  platform: Platform,
  cityId: string,
  dong: string,
  learnerCount: number,
): Promise<StartedCourse> {
  const staff = await withRole(platform, 'CITY_STAFF', cityId);
  // Names that sort in sign-up order: the sheet lists learners by name.
  const learners = await Promise.all(
    Array.from({ length: learnerCount }, (_, i) =>
      signUp(platform, { residenceCityId: cityId, displayName: `수강생 ${String(i + 1).padStart(2, '0')}` }),
    ),
  );
  const venue = await platform.query<{ createVenue: { id: string } }>(
    'mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id } }',
    {
      input: {
        cityId,
        name: `${dong} 주민 배움터`,
        kind: 'NEIGHBORHOOD_CENTER',
        address: `${dong}로 1`,
        dong,
      },
    },
    staff.auth,
  );
  if (!venue.body.data) throw new Error(JSON.stringify(venue.body.errors));
  const closesAt = iso(8_000 + learnerCount * 300);
  const firstStart = new Date(Date.parse(closesAt) + 500);
  const tag = randomUUID().slice(0, 6);
  const created = await platform.query<{ createCourse: { id: string; sessions: { id: string }[] } }>(
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id sessions { id } } }',
    {
      input: {
        cityId,
        titleKo: `어르신 스마트폰 교실 ${tag}`,
        titleEn: `Smartphone class ${tag}`,
        descriptionKo: '스마트폰으로 사진 찍고 메시지 보내기를 배웁니다.',
        category: 'ADULT_LITERACY',
        format: 'OFFLINE',
        venueId: venue.body.data.createVenue.id,
        capacity: 40,
        selection: 'FIRST_COME',
        eligibility: 'CITY_RESIDENTS',
        applicationOpensAt: iso(-60_000),
        applicationClosesAt: closesAt,
        sessions: [
          {
            startsAt: firstStart.toISOString(),
            endsAt: new Date(firstStart.getTime() + 7_200_000).toISOString(),
          },
          { startsAt: iso(7 * 86_400_000), endsAt: iso(7 * 86_400_000 + 7_200_000) },
        ],
      },
    },
    staff.auth,
  );
  if (!created.body.data) throw new Error(JSON.stringify(created.body.errors));
  const { id, sessions } = created.body.data.createCourse;
  const published = await platform.query(
    'mutation ($id: ID!) { publishCourse(id: $id) { status } }',
    { id },
    staff.auth,
  );
  if (published.body.errors) throw new Error(JSON.stringify(published.body.errors));
  const seats = await Promise.all(learners.map((learner) => applyAs(platform, learner, id)));
  expect(seats.map((s) => s.status)).toEqual(learners.map(() => 'ENROLLED'));
  await sleepUntil(firstStart.toISOString());
  return { id, sessionId: sessions[0]!.id, staff, learners };
}

const sheetPath = (course: { id: string; sessionId: string }) =>
  `/staff/courses/${course.id}/sessions/${course.sessionId}/attendance`;

async function openSheet(page: Page, site: Site, course: StartedCourse) {
  await page.goto(site.at(sheetPath(course)));
  await page.getByTestId('attendance-sheet').waitFor();
  await expect
    .poll(() => page.getByTestId('roster-row').count(), { timeout: 15_000 })
    .toBe(course.learners.length);
  await settled(page);
}

async function ratesAsStaff(platform: Platform, course: StartedCourse) {
  const answer = await platform.query<{
    course: {
      enrollments: { edges: { node: { attendanceRate: number | null; learner: { id: string } } }[] };
    };
  }>(
    'query ($id: ID!) { course(id: $id) { enrollments(status: ENROLLED, first: 100) { edges { node { attendanceRate learner { id } } } } } }',
    { id: course.id },
    course.staff.auth,
  );
  if (!answer.body.data) throw new Error(JSON.stringify(answer.body.errors));
  return new Map(
    answer.body.data.course.enrollments.edges.map(({ node }) => [node.learner.id, node.attendanceRate]),
  );
}

describe('the attendance sheet', () => {
  let siheung: StartedCourse;
  let seongnam: StartedCourse;
  beforeAll(async () => {
    [siheung, seongnam] = await Promise.all([
      startedCourse(suite.platform(), 'siheung', '정왕동', 30),
      startedCourse(suite.platform(), 'seongnam', '정자동', 4),
    ]);
  }, 120_000);

  it('lets siheung staff mark all present, two absent, and save it in one call on a phone', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, siheung.staff);
    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('recordSessionAttendance')) saves.push(request.postData() ?? '');
    });
    await openSheet(page, site, siheung);

    // The roster: every enrolled learner, by name.
    const rows = page.getByTestId('roster-row');
    const order = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-learner-id')));
    expect(order).toEqual(siheung.learners.map((l) => l.id));
    expect(await page.getByTestId('present-count').textContent()).toContain(
      text('staff', 'ko', 'sheet.count', { present: 0, total: 30 }),
    );
    await expectAccessible(page, 'the attendance sheet, nothing marked');
    await screenshot(page, 'attendance-siheung-phone-1-sheet');

    await page.getByTestId('mark-all-present').click();
    expect(await page.getByTestId('present-count').textContent()).toContain(
      text('staff', 'ko', 'sheet.count', { present: 30, total: 30 }),
    );
    const absent = [siheung.learners[3]!.id, siheung.learners[17]!.id];
    for (const id of absent) {
      const row = page.locator(`[data-testid="roster-row"][data-learner-id="${id}"]`);
      await row.getByTestId('mark-absent').click();
      expect(await row.getByTestId('mark-absent').getAttribute('aria-pressed')).toBe('true');
      expect(await row.getByTestId('mark-present').getAttribute('aria-pressed')).toBe('false');
    }
    // Touch-sized toggles.
    const box = await rows.first().getByTestId('mark-present').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await page.getByTestId('present-count').textContent()).toContain(
      text('staff', 'ko', 'sheet.count', { present: 28, total: 30 }),
    );

    await page.getByTestId('save-attendance').click();
    await page.getByTestId('attendance-saved').waitFor();
    expect(await page.getByTestId('attendance-saved').getAttribute('role')).toBe('status');
    expect(saves).toHaveLength(1);
    // Each row shows the rate the API answered.
    for (const learner of siheung.learners) {
      const rate = page
        .locator(`[data-testid="roster-row"][data-learner-id="${learner.id}"]`)
        .getByTestId('attendance-rate');
      expect(await rate.textContent()).toBe(
        text('staff', 'ko', 'sheet.rate', { rate: absent.includes(learner.id) ? '0%' : '100%' }),
      );
    }
    await expectAccessible(page, 'the attendance sheet, saved');
    await screenshot(page, 'attendance-siheung-phone-2-saved');

    const rates = await ratesAsStaff(platform, siheung);
    expect(rates.size).toBe(30);
    for (const learner of siheung.learners)
      expect(rates.get(learner.id)).toBe(absent.includes(learner.id) ? 0 : 1);
    await context.close();
  });

  it('shows the sheet on a desktop in both skins', { timeout: 120_000 }, async () => {
    const platform = suite.platform();
    for (const [city, course] of [
      ['siheung', siheung],
      ['seongnam', seongnam],
    ] as const) {
      const { context, page } = await newVisitor(suite.browser(), { viewport: desktop });
      await signInVisitor(context, platform, course.staff);
      await openSheet(page, suite.site(city), course);
      await page.getByTestId('mark-all-present').click();
      await expectAccessible(page, `the attendance sheet of ${city} on a desktop`);
      await screenshot(page, `attendance-${city}-desktop`);
      await context.close();
    }
    // In Vietnamese on a phone: the longer words still fit.
    const vi = await newVisitor(suite.browser(), { locale: 'vi-VN' });
    await vi.context.addInitScript(() => window.localStorage.setItem('baeumteo.locale', 'vi'));
    await signInVisitor(vi.context, platform, siheung.staff);
    await openSheet(vi.page, suite.site('siheung'), siheung);
    await vi.page.getByTestId('roster-row').nth(2).getByTestId('mark-absent').click();
    expect(await vi.page.locator('html').getAttribute('lang')).toMatch(/^vi/);
    await expectAccessible(vi.page, 'the attendance sheet in Vietnamese');
    await screenshot(vi.page, 'attendance-siheung-phone-vi');
    await vi.context.close();

    // On a phone in seongnam: a save that does not get through keeps every mark, and goes on retry.
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, seongnam.staff);
    await openSheet(page, suite.site('seongnam'), seongnam);
    await page.getByTestId('mark-all-present').click();
    const absentee = page.getByTestId('roster-row').nth(1);
    await absentee.getByTestId('mark-absent').click();
    let dropped = 0;
    await page.route(`${platform.gatewayUrl}**`, (route) => {
      if (dropped === 0 && route.request().postData()?.includes('recordSessionAttendance')) {
        dropped += 1;
        return route.abort();
      }
      return route.continue();
    });
    await page.getByTestId('save-attendance').click();
    await page.getByRole('alert').waitFor();
    expect(dropped).toBe(1);
    expect(await absentee.getByTestId('mark-absent').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('present-count').textContent()).toContain(
      text('staff', 'ko', 'sheet.count', { present: 3, total: 4 }),
    );
    await screenshot(page, 'attendance-seongnam-phone-failed');
    await page.getByTestId('save-attendance').click();
    await page.getByTestId('attendance-saved').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'attendance-seongnam-phone');
    const rates = await ratesAsStaff(platform, seongnam);
    expect([...rates.values()].sort()).toEqual([0, 1, 1, 1]);
    await context.close();
  });

  it('lets no resident in, and shows no one another city’s or an unknown sheet', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const resident = await newVisitor(suite.browser());
    await signInVisitor(resident.context, platform, siheung.learners[0]!);
    await resident.page.goto(site.at(sheetPath(siheung)));
    await resident.page.getByTestId('not-allowed').waitFor();
    expect(await resident.page.getByTestId('attendance-sheet').count()).toBe(0);
    await expectAccessible(resident.page, 'the attendance sheet, for a resident');
    await resident.context.close();

    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, siheung.staff);
    await page.goto(site.at(sheetPath(seongnam)));
    await page.getByTestId('attendance-not-found').waitFor();
    await page.goto(site.at(sheetPath({ id: siheung.id, sessionId: randomUUID() })));
    await page.getByTestId('attendance-not-found').waitFor();
    await expectAccessible(page, 'an unknown attendance sheet');
    await context.close();
  });
});

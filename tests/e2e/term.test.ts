/// <reference lib="dom" />
// A whole term run from Siheung's site, as the issue asks: a staff member creates a lottery course
// in the editor and publishes it, three residents apply through the API, the staff member draws
// the lottery once applications close, takes the first session's attendance on a phone (one
// present, one absent), finishes the course and sees who completed and why; the completer then
// finds their certificate in My learning. The platform relays learning to history as in
// production, so the certificate comes the way it would for real.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { applyAs } from './fixtures.ts';
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

const suite = e2eSuite(['siheung'], { relays: true });
const courses = (key: string, values: Record<string, string | number> = {}) =>
  text('staffCourses', 'ko', key, values);
const term = (key: string, values: Record<string, string | number> = {}) =>
  text('staffTerm', 'ko', key, values);

const MINUTE = 60_000;
const KOREA = 9 * 60 * MINUTE;
/** A time as the editor's Korea-time inputs take it: 'YYYY-MM-DDTHH:MM'. */
const koreaLocal = (ms: number) => new Date(ms + KOREA).toISOString().slice(0, 16);

async function signedIn(
  account: TestAccount,
  viewport = desktop,
): Promise<{ context: BrowserContext; page: Page }> {
  const visitor = await newVisitor(suite.browser(), { viewport });
  await signInVisitor(visitor.context, suite.platform(), account);
  return visitor;
}

async function statusesOf(courseId: string, staff: TestAccount): Promise<Record<string, string>> {
  const answer = await suite.platform().query<{
    course: { enrollments: { edges: { node: { status: string; learner: { id: string } } }[] } };
  }>(
    'query ($id: ID!) { course(id: $id) { enrollments(first: 100) { edges { node { status learner { id } } } } } }',
    { id: courseId },
    staff.auth,
  );
  const edges = answer.body.data?.course.enrollments.edges ?? [];
  return Object.fromEntries(edges.map((e) => [e.node.learner.id, e.node.status]));
}

describe('a term run from the site', () => {
  it('goes from a new course to a completer holding a certificate', { timeout: 300_000 }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const tag = randomUUID().slice(0, 6);
    const titleKo = `동네 목공 교실 ${tag}`;
    const staff = await withRole(platform, 'CITY_STAFF', 'siheung');
    const names = ['가람', '나래', '다온'].map((name) => `${name} ${tag}`);
    const residents = await Promise.all(
      names.map((displayName) => signUp(platform, { residenceCityId: 'siheung', displayName })),
    );
    const nameOf = (account: TestAccount) => names[residents.indexOf(account)] ?? '';
    const venue = await platform.query<{ createVenue: { id: string } }>(
      'mutation ($i: CreateVenueInput!) { createVenue(input: $i) { id } }',
      {
        i: {
          cityId: 'siheung',
          name: `월곶동 배움터 ${tag}`,
          kind: 'NEIGHBORHOOD_CENTER',
          address: '월곶중앙로 1',
          dong: '월곶동',
        },
      },
      staff.auth,
    );
    const venueId = venue.body.data?.createVenue.id ?? '';
    expect(venueId).not.toBe('');

    // Applications close on the next whole minute at least 50 s away (the editor takes minutes);
    // the one session starts right then and lasts a minute, after which the page offers finishing.
    const closesAt = Math.ceil((Date.now() + 50_000) / MINUTE) * MINUTE;
    const startsAt = closesAt;
    const endsAt = startsAt + MINUTE;

    // 1. The staff member creates the course in the editor and publishes it.
    const desk = await signedIn(staff);
    const page = desk.page;
    await page.goto(site.at('/staff'));
    await page.getByTestId('new-course').click();
    const form = page.getByTestId('course-form');
    await form.waitFor();
    await settled(page);
    const field = (label: string) => form.getByLabel(label, { exact: true });
    await field(courses('form.titleKo')).fill(titleKo);
    await field(courses('form.descriptionKo')).fill('작은 의자를 함께 만듭니다.');
    await field(courses('form.category')).selectOption('CULTURE_ARTS');
    await field(courses('form.selection')).selectOption('LOTTERY');
    await page.getByTestId('course-venue').selectOption(venueId);
    await page.getByTestId('course-capacity').fill('2');
    await page.getByTestId('course-opens-at').fill(koreaLocal(Date.now() - 5 * MINUTE));
    await page.getByTestId('course-closes-at').fill(koreaLocal(closesAt));
    const today = koreaLocal(startsAt).slice(0, 10);
    await page.getByTestId('session-planner').locator(`[data-date="${today}"]`).click();
    await field(courses('sessions.date', { number: 1 })).fill(today);
    await field(courses('sessions.start', { number: 1 })).fill(koreaLocal(startsAt).slice(11));
    await field(courses('sessions.end', { number: 1 })).fill(koreaLocal(endsAt).slice(11));
    await page.getByTestId('course-form-submit').click();
    await page.waitForURL((url) => /^\/staff\/courses\/(?!new$)[^/]+$/.test(url.pathname));
    const courseId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    expect(await page.getByTestId('course-status').textContent()).toContain(term('status.DRAFT'));
    await page.getByTestId('publish-course').click();
    await page.getByTestId('action-done').waitFor();
    await expect.poll(() => page.getByTestId('course-status').textContent()).toContain(term('status.OPEN'));
    await screenshot(page, 'term-1-published-desktop');

    // 2. Residents apply through the API: a lottery keeps them pending until the draw.
    const applied = await Promise.all(residents.map((r) => applyAs(platform, r, courseId)));
    expect(applied.map((a) => a.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);

    // 3. Once applications close, the staff member draws the lottery from the page.
    await sleepUntil(new Date(closesAt + 1_000).toISOString());
    await page.reload();
    await page.getByTestId('draw-course').click();
    await page.getByTestId('action-done').waitFor();
    const seed = (await page.getByTestId('lottery-seed').textContent())?.trim() ?? '';
    expect(seed).toMatch(/[0-9a-f]{32}/);
    const drawn = await statusesOf(courseId, staff);
    const winners = residents.filter((r) => drawn[r.id] === 'ENROLLED');
    expect(winners).toHaveLength(2);
    expect(residents.filter((r) => drawn[r.id] === 'WAITLISTED')).toHaveLength(1);
    await expect.poll(() => page.getByTestId('applicant-status').allTextContents()).toHaveLength(3);
    await expectAccessible(page, 'term page after the draw');
    await screenshot(page, 'term-2-drawn-desktop');
    const [present, absent] = winners as [TestAccount, TestAccount];

    // 4. On a phone: the first session's sheet, one present and one absent, saved in one call.
    const hand = await signedIn(staff, phone);
    await hand.page.goto(site.at(`/staff/courses/${courseId}`));
    await hand.page.getByTestId('session-attendance').first().click();
    await hand.page.getByTestId('attendance-sheet').waitFor();
    await expect.poll(() => hand.page.getByTestId('roster-row').count(), { timeout: 15_000 }).toBe(2);
    const row = (learner: TestAccount) =>
      hand.page.locator(`[data-testid="roster-row"][data-learner-id="${learner.id}"]`);
    await row(present).getByTestId('mark-present').click();
    await row(absent).getByTestId('mark-absent').click();
    await hand.page.getByTestId('save-attendance').click();
    await hand.page.getByTestId('attendance-saved').waitFor();
    await expectAccessible(hand.page, 'attendance sheet on a phone');
    await screenshot(hand.page, 'term-3-attendance-phone');

    // 5. Once the session is over the staff member finishes the course, and sees who completed
    // and why the other did not.
    await sleepUntil(new Date(endsAt + 1_000).toISOString());
    await page.reload();
    await page.getByTestId('finish-course').click();
    await page.getByTestId('action-done').waitFor();
    const completed = page.getByTestId('results-COMPLETED').getByTestId('result');
    const notCompleted = page.getByTestId('results-NOT_COMPLETED').getByTestId('result');
    await expect.poll(() => completed.count()).toBe(1);
    expect(await completed.textContent()).toContain(nameOf(present));
    expect(await notCompleted.count()).toBe(1);
    expect(await notCompleted.textContent()).toContain(nameOf(absent));
    expect(await notCompleted.getByTestId('result-reason').textContent()).toBe(
      term('results.notMet', { rate: '0%', minimum: '80%' }),
    );
    await expectAccessible(page, 'term page after finishing');
    await screenshot(page, 'term-4-finished-desktop');

    // 6. The completer's certificate reaches their My learning page.
    const learner = await signedIn(present, phone);
    const card = learner.page.getByTestId('certificate-card').filter({ hasText: titleKo });
    await expect
      .poll(
        async () => {
          await learner.page.goto(site.at('/me'));
          await learner.page.getByTestId('my-learning').waitFor();
          await settled(learner.page);
          return card.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    await screenshot(learner.page, 'term-5-certificate-phone');
    for (const visitor of [desk, hand, learner]) await visitor.context.close();
  });
});

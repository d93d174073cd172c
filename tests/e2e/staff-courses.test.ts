/// <reference lib="dom" />
// City staff run their city's courses from the staff home: a siheung staff member creates a course
// in the editor (a refused capacity first, nothing typed lost; sessions from the calendar and the
// weekly repeat, an instructor picked by name), finds it in the list as a draft, edits it and
// duplicates it for the next term (the instructor, revoked meanwhile, shows as unknown and is removed).
// A resident is not let in, and seongnam's staff do not find siheung's course.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
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
const day = 86_400_000;

const s = (key: string, values: Record<string, string | number> = {}, locale: 'ko' | 'en' = 'ko') =>
  text('staffCourses', locale, key, values);

/** The Korea date `days` from now, 'YYYY-MM-DD'. */
const koreaDate = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
/** Monday 0 … Sunday 6 of a Korea date. */
const weekday = (date: string) => (new Date(`${date}T12:00:00+09:00`).getUTCDay() + 6) % 7;

async function createVenue(platform: Platform, staff: TestAccount, cityId: string, dong: string) {
  const venue = await platform.query<{ createVenue: { id: string } }>(
    'mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id } }',
    {
      input: {
        cityId,
        name: `${dong} 행정복지센터 배움터`,
        kind: 'NEIGHBORHOOD_CENTER',
        address: `${dong}로 7`,
        dong,
      },
    },
    staff.auth,
  );
  if (!venue.body.data) throw new Error(JSON.stringify(venue.body.errors));
  return venue.body.data.createVenue.id;
}

interface StoredCourse {
  status: string;
  title: string;
  capacity: number;
  venue: { id: string } | null;
  applicationClosesAt: string;
  sessions: { startsAt: string; endsAt: string }[];
  contentIds: string[];
  instructorIds: string[];
}

async function courseAsStaff(platform: Platform, staff: TestAccount, id: string): Promise<StoredCourse> {
  const answer = await platform.query<{ course: StoredCourse }>(
    'query ($id: ID!) { course(id: $id) { status title(locale: KO) capacity venue { id } applicationClosesAt sessions { startsAt endsAt } contentIds instructorIds } }',
    { id },
    staff.auth,
  );
  if (!answer.body.data?.course) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data.course;
}

/** Grants or revokes INSTRUCTOR of siheung, as its staff may. */
async function setInstructor(platform: Platform, staff: TestAccount, learnerId: string, grant: boolean) {
  const verb = grant ? 'grantRole' : 'revokeRole';
  const answer = await platform.query(
    `mutation ($id: ID!) { ${verb}(learnerId: $id, role: INSTRUCTOR, cityId: "siheung") { id } }`,
    { id: learnerId },
    staff.auth,
  );
  if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
}

/** Goes forward in the editor's calendar to the month of `date` and adds a session on it. */
async function addSessionOn(page: Page, date: string) {
  const planner = page.getByTestId('session-planner');
  for (let i = 0; i < 3 && (await planner.locator(`[data-date="${date}"]`).count()) === 0; i++) {
    await planner.getByRole('button', { name: s('sessions.nextMonth'), exact: true }).click();
  }
  await planner.locator(`[data-date="${date}"]`).click();
}

/** The course id of a /staff/courses/:id address. */
async function savedCourseId(page: Page): Promise<string> {
  await page.waitForURL((url) => /^\/staff\/courses\/(?!new$)[^/]+$/.test(url.pathname));
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
}

describe('the staff course list and editor', () => {
  let staff: TestAccount;
  let venueId: string;
  let instructor: TestAccount;
  const instructorName = `김나무 강사 ${tag}`;
  let courseId = '';
  // A Tuesday three to four weeks ahead, so the window can close before it.
  const now = Date.now();
  let first = koreaDate(now + 21 * day);
  while (weekday(first) !== 1) first = koreaDate(Date.parse(`${first}T12:00:00+09:00`) + day);
  const titleKo = `우리 동네 목공 교실 ${tag}`;

  beforeAll(async () => {
    staff = await withRole(suite.platform(), 'CITY_STAFF', 'siheung');
    venueId = await createVenue(suite.platform(), staff, 'siheung', '은행동');
    instructor = await signUp(suite.platform(), { residenceCityId: 'siheung', displayName: instructorName });
    await setInstructor(suite.platform(), staff, instructor.id, true);
  }, 60_000);

  it('creates a course through the editor, after a refused capacity that keeps everything typed', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const { context, page } = await newVisitor(suite.browser(), { viewport: desktop });
    await signInVisitor(context, platform, staff);
    await page.goto(site.at('/staff'));
    await page.getByTestId('staff-courses').waitFor();
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('시흥');
    const tools = page.getByRole('navigation', { name: s('list.toolsLabel') });
    expect(await tools.getByRole('link', { name: s('list.venues') }).getAttribute('href')).toBe(
      '/staff/venues',
    );
    expect(await tools.getByRole('link', { name: s('list.featured') }).getAttribute('href')).toBe(
      '/staff/featured',
    );
    await expectAccessible(page, 'staff course list');

    await page.getByTestId('new-course').click();
    const form = page.getByTestId('course-form');
    await form.waitFor();
    await settled(page);
    const field = (label: string) => form.getByLabel(label, { exact: true });
    await field(s('form.titleKo')).fill(titleKo);
    await field(s('form.titleEn')).fill(`Neighbourhood woodworking ${tag}`);
    await field(s('form.descriptionKo')).fill('나무로 작은 가구를 만들어 봅니다. 공구는 준비되어 있습니다.');
    await field(s('form.category')).selectOption('CULTURE_ARTS');
    await field(s('form.selection')).selectOption('LOTTERY');
    await page.getByTestId('course-venue').selectOption(venueId);
    await page.getByTestId('course-capacity').fill('0');
    const opens = `${koreaDate(now + day)}T09:00`;
    const closes = `${koreaDate(Date.parse(`${first}T12:00:00+09:00`) - 2 * day)}T18:00`;
    await page.getByTestId('course-opens-at').fill(opens);
    await page.getByTestId('course-closes-at').fill(closes);
    await addSessionOn(page, first);
    await page.getByTestId('repeat-weeks').fill('3');
    await page.getByRole('button', { name: s('sessions.repeat'), exact: true }).click();
    await expect.poll(() => page.getByTestId('session-row').count()).toBe(3);
    expect(await page.getByRole('status').allTextContents()).toContain(s('sessions.repeated', { count: 3 }));
    // A content of the shared library, found by its title and linked.
    const library = await platform.query<{ contents: { edges: { node: { id: string; title: string } }[] } }>(
      'query { contents(first: 1) { edges { node { id title(locale: KO) } } } }',
    );
    const content = library.body.data?.contents.edges[0]?.node;
    if (!content) throw new Error(JSON.stringify(library.body.errors));
    const linked = page.getByTestId('linked-contents');
    await page.getByTestId('content-search').fill(content.title);
    await linked
      .locator('.content-results__item')
      .filter({ hasText: content.title })
      .first()
      .getByRole('button')
      .click();
    await linked.locator('.chip-list__item').filter({ hasText: content.title }).waitFor();
    // The city's instructor, picked by name.
    const instructors = page.getByTestId('instructors');
    await instructors.getByLabel(instructorName, { exact: true }).check();
    expect(await instructors.locator('legend').textContent()).toBe(
      s('instructors.choose_other', { count: 1 }),
    );
    await page.getByTestId('course-form-submit').click();

    // The API refuses the capacity: said at the field, which takes focus; nothing typed is lost.
    const capacity = page.getByTestId('course-capacity');
    await expect.poll(() => capacity.getAttribute('aria-invalid')).toBe('true');
    const message = s('errors.capacity', { min: 1, max: '10,000' });
    expect(await form.locator('.field__error').allTextContents()).toEqual([message]);
    expect(await page.getByTestId('course-form-error').textContent()).toContain(message);
    expect(await capacity.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field(s('form.titleKo')).inputValue()).toBe(titleKo);
    expect(await page.getByTestId('course-venue').inputValue()).toBe(venueId);
    expect(await field(s('form.selection')).inputValue()).toBe('LOTTERY');
    expect(await page.getByTestId('course-closes-at').inputValue()).toBe(closes);
    expect(await page.getByTestId('session-row').count()).toBe(3);
    expect(await instructors.getByLabel(instructorName, { exact: true }).isChecked()).toBe(true);
    await screenshot(page, 'staff-courses-editor-desktop-refused');
    await expectAccessible(page, 'course editor with a refused capacity');

    await capacity.fill('12');
    await page.getByTestId('course-form-submit').click();
    courseId = await savedCourseId(page);
    const stored = await courseAsStaff(platform, staff, courseId);
    expect(stored).toMatchObject({
      status: 'DRAFT',
      title: titleKo,
      capacity: 12,
      venue: { id: venueId },
      contentIds: [content.id],
      instructorIds: [instructor.id],
    });
    // Korea times: 19:00–21:00 on the chosen Tuesday and the two after it; the window as typed.
    expect(stored.sessions.map((x) => Date.parse(x.startsAt))).toEqual(
      [0, 7, 14].map((d) => Date.parse(`${first}T19:00:00+09:00`) + d * day),
    );
    expect(Date.parse(stored.sessions[0]?.endsAt ?? '')).toBe(Date.parse(`${first}T21:00:00+09:00`));
    expect(Date.parse(stored.applicationClosesAt)).toBe(Date.parse(`${closes}:00+09:00`));

    // The list shows it as a draft, with its seats.
    await page.goto(site.at('/staff'));
    await page.getByTestId('status-filter').selectOption('DRAFT');
    const row = page.getByTestId('staff-course').filter({ hasText: titleKo });
    await row.waitFor();
    expect(await row.getByTestId('staff-course-status').textContent()).toBe(s('status.DRAFT'));
    expect(await row.textContent()).toContain(s('row.fillValue', { taken: 0, capacity: 12, rate: '0%' }));
    await context.close();
  });

  it('edits the draft and duplicates it for the next term', { timeout: 120_000 }, async () => {
    expect(courseId).not.toBe('');
    const platform = suite.platform();
    const site = suite.site('siheung');
    const { context, page } = await newVisitor(suite.browser(), { viewport: desktop });
    await signInVisitor(context, platform, staff);
    await page.goto(site.at('/staff'));
    const row = page.getByTestId('staff-course').filter({ hasText: titleKo });
    await row.getByTestId('staff-course-edit').click();
    await page.waitForURL(/\/edit$/);
    const form = page.getByTestId('course-form');
    await form.waitFor();
    expect(await page.getByTestId('course-capacity').inputValue()).toBe('12');
    expect(await form.getByLabel(s('form.titleKo'), { exact: true }).inputValue()).toBe(titleKo);
    expect(await form.getByLabel(s('form.format'), { exact: true }).isDisabled()).toBe(true);
    const instructors = page.getByTestId('instructors');
    expect(await instructors.getByLabel(instructorName, { exact: true }).isChecked()).toBe(true);
    await page.getByTestId('course-capacity').fill('15');
    await page.getByRole('button', { name: s('sessions.remove', { number: 3 }), exact: true }).click();
    expect(await page.getByTestId('session-row').count()).toBe(2);
    await page.getByTestId('course-form-submit').click();
    expect(await savedCourseId(page)).toBe(courseId);
    const edited = await courseAsStaff(platform, staff, courseId);
    expect(edited.capacity).toBe(15);
    expect(edited.sessions).toHaveLength(2);
    expect(edited.instructorIds).toEqual([instructor.id]);

    // The instructor loses the role: the duplicate names them as unknown, to remove.
    await setInstructor(platform, staff, instructor.id, false);

    // Duplicate: the same title, the same weekdays and times from next week on, a new draft.
    await page.goto(site.at('/staff'));
    await page
      .getByTestId('staff-course')
      .filter({ hasText: titleKo })
      .first()
      .getByTestId('staff-course-duplicate')
      .click();
    await page.getByTestId('duplicate-notice').waitFor();
    expect(
      await page.getByTestId('course-form').getByLabel(s('form.titleKo'), { exact: true }).inputValue(),
    ).toBe(titleKo);
    expect(await page.getByTestId('course-capacity').inputValue()).toBe('15');
    const unknown = page.getByTestId('unknown-instructors');
    await unknown.waitFor();
    expect(await unknown.locator('.chip-list__item').textContent()).toContain(
      s('instructors.unknown', { id: instructor.id }),
    );
    expect(await page.getByTestId('instructors').getByLabel(instructorName, { exact: true }).count()).toBe(0);
    await settled(page);
    await screenshot(page, 'staff-courses-editor-desktop-duplicate');
    await expectAccessible(page, 'course editor duplicating a course');
    await unknown.getByRole('button', { name: s('instructors.remove'), exact: false }).click();
    expect(await page.getByTestId('unknown-instructors').count()).toBe(0);
    expect(
      await page.getByTestId('instructor-choices').evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.getByTestId('course-form-submit').click();
    const copyId = await savedCourseId(page);
    expect(copyId).not.toBe(courseId);
    const copy = await courseAsStaff(platform, staff, copyId);
    expect(copy).toMatchObject({ status: 'DRAFT', title: titleKo, capacity: 15 });
    expect(copy.sessions).toHaveLength(2);
    expect(copy.instructorIds).toEqual([]);
    const nextMonday = (() => {
      let d = koreaDate(Date.now() + day);
      while (weekday(d) !== 0) d = koreaDate(Date.parse(`${d}T12:00:00+09:00`) + day);
      return d;
    })();
    const firstCopy = copy.sessions[0]?.startsAt ?? '';
    expect(weekday(koreaDate(Date.parse(firstCopy)))).toBe(1);
    expect(koreaDate(Date.parse(firstCopy)) >= nextMonday).toBe(true);
    expect(
      koreaDate(Date.parse(firstCopy)) < koreaDate(Date.parse(`${nextMonday}T12:00:00+09:00`) + 7 * day),
    ).toBe(true);
    // The same time of day (Korea time has no daylight saving): a whole number of days apart.
    expect(Math.abs((Date.parse(firstCopy) - Date.parse(edited.sessions[0]?.startsAt ?? '')) % day)).toBe(0);
    expect(Date.parse(copy.applicationClosesAt)).toBeLessThanOrEqual(Date.parse(firstCopy));

    await page.goto(site.at('/staff'));
    await page.getByTestId('status-filter').selectOption('DRAFT');
    await expect.poll(() => page.getByTestId('staff-course').filter({ hasText: titleKo }).count()).toBe(2);
    await context.close();
  });

  it('lets no resident in, and no other city find the course', { timeout: 120_000 }, async () => {
    expect(courseId).not.toBe('');
    const platform = suite.platform();
    const resident = await signUp(platform, { residenceCityId: 'siheung' });
    const visitor = await newVisitor(suite.browser());
    await signInVisitor(visitor.context, platform, resident);
    await visitor.page.goto(suite.site('siheung').at('/staff'));
    await visitor.page.getByTestId('not-allowed').waitFor();
    expect(await visitor.page.getByTestId('staff-courses').count()).toBe(0);
    await visitor.context.close();

    const seongnamStaff = await withRole(platform, 'CITY_STAFF', 'seongnam');
    const other = await newVisitor(suite.browser());
    await signInVisitor(other.context, platform, seongnamStaff);
    for (const path of [`/staff/courses/${courseId}/edit`, `/staff/courses/new?from=${courseId}`]) {
      await other.page.goto(suite.site('seongnam').at(path));
      await other.page.getByTestId('staff-course-not-found').waitFor();
      expect(await other.page.getByTestId('course-form').count()).toBe(0);
    }
    await settled(other.page);
    await expectAccessible(other.page, 'course editor, another city');
    await screenshot(other.page, 'staff-courses-not-found-phone');
    await other.context.close();
  });

  it('looks right on a phone and a desktop, in Korean and English', { timeout: 120_000 }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    for (const [device, viewport, locale] of [
      ['phone', phone, 'ko'],
      ['desktop', desktop, 'ko'],
      ['phone-en', phone, 'en'],
    ] as const) {
      const { context, page } = await newVisitor(suite.browser(), {
        viewport,
        locale: locale === 'en' ? 'en-US' : 'ko-KR',
      });
      await signInVisitor(context, platform, staff);
      await page.goto(site.at('/staff'));
      await page.getByTestId('staff-course').first().waitFor();
      await settled(page);
      expect(await page.getByRole('link', { name: s('list.newCourse', {}, locale) }).count()).toBe(1);
      await screenshot(page, `staff-courses-list-${device}`);
      await expectAccessible(page, `staff course list, ${device}`);
      await page.goto(site.at('/staff/courses/new'));
      await page.getByTestId('course-form').waitFor();
      await addSessionOn(page, first);
      await settled(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        s('editor.newTitle', {}, locale),
      );
      expect(await page.getByTestId('instructors').getByRole('heading', { level: 2 }).textContent()).toBe(
        s('instructors.heading', {}, locale),
      );
      await screenshot(page, `staff-courses-editor-${device}`);
      await expectAccessible(page, `course editor, ${device}`);
      await context.close();
    }
  });
});

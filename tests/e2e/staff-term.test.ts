// A course's term, run by its city's staff from the course's page: publishing a draft (and a
// publish someone else got to first), drawing a lottery whose seed re-runs to the same winners,
// approving and rejecting applicants, cancelling after a confirm step, and finishing a course to
// see who completed and who did not, and why. Residents are not let in; another city's course
// is not found.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyLottery } from '../../scripts/verify-lottery.ts';
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
const term = (key: string, values: Record<string, string | number> = {}, locale: 'ko' | 'zh' = 'ko') =>
  text('staffTerm', locale, key, values);

interface CourseSpec {
  selection: 'FIRST_COME' | 'LOTTERY' | 'APPROVAL';
  eligibility?: 'CITY_RESIDENTS' | 'PROVINCE_RESIDENTS' | 'ANYONE';
  capacity: number;
  closesAt: string;
  sessions: { startsAt: string; endsAt: string }[];
  publish: boolean;
  instructorIds?: string[];
}

interface Setup {
  staff: TestAccount; // CITY_STAFF of siheung
  otherStaff: TestAccount; // CITY_STAFF of seongnam
  instructor: TestAccount; // INSTRUCTOR of siheung, teaching the approval course
  venueId: string;
}

let setup: Setup;

async function createCourse(platform: Platform, spec: CourseSpec, by = setup.staff) {
  const tag = randomUUID().slice(0, 6);
  const titleKo = `주민 목공 교실 ${tag}`;
  const created = await platform.query<{ createCourse: { id: string; sessions: { id: string }[] } }>(
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id sessions { id } } }',
    {
      input: {
        cityId: 'siheung',
        titleKo,
        titleEn: `Woodwork class ${tag}`,
        descriptionKo: '나무로 작은 가구를 만들어 봅니다.',
        category: 'CULTURE_ARTS',
        format: 'OFFLINE',
        venueId: setup.venueId,
        capacity: spec.capacity,
        selection: spec.selection,
        eligibility: spec.eligibility ?? 'CITY_RESIDENTS',
        applicationOpensAt: iso(-60_000),
        applicationClosesAt: spec.closesAt,
        instructorIds: spec.instructorIds ?? [],
        sessions: spec.sessions,
      },
    },
    by.auth,
  );
  if (!created.body.data) throw new Error(JSON.stringify(created.body.errors));
  const { id, sessions } = created.body.data.createCourse;
  if (spec.publish) await publish(platform, id);
  return { id, titleKo, sessionIds: sessions.map((s) => s.id), ...spec };
}

async function publish(platform: Platform, id: string) {
  const published = await platform.query(
    'mutation ($id: ID!) { publishCourse(id: $id) { status } }',
    { id },
    setup.staff.auth,
  );
  if (published.body.errors) throw new Error(JSON.stringify(published.body.errors));
}

/** Sessions a week away, so applications may stay open for the test. */
const laterSessions = () => [{ startsAt: iso(7 * 86_400_000), endsAt: iso(7 * 86_400_000 + 7_200_000) }];

interface Enrollment {
  id: string;
  status: string;
  waitlistPosition: number | null;
  learner: { id: string; residence: { id: string } };
}

async function enrollmentsOf(platform: Platform, courseId: string): Promise<Enrollment[]> {
  const answer = await platform.query<{ course: { enrollments: { edges: { node: Enrollment }[] } } }>(
    'query ($id: ID!) { course(id: $id) { enrollments(first: 100) { edges { node { id status waitlistPosition learner { id residence { id } } } } } } }',
    { id: courseId },
    setup.staff.auth,
  );
  if (!answer.body.data) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data.course.enrollments.edges.map((e) => e.node);
}

async function openTerm(page: Page, site: Site, courseId: string) {
  await page.goto(site.at(`/staff/courses/${courseId}`));
  await page.getByTestId('staff-term').waitFor();
  await page
    .getByTestId('applicant-count')
    .filter({ hasNotText: term('applicants.loading') })
    .waitFor();
  await settled(page);
}

const statusOf = (page: Page) => page.getByTestId('course-status').textContent();
const applicantRow = (page: Page, enrollmentId: string) =>
  page.locator(`[data-testid="applicant"][data-enrollment-id="${enrollmentId}"]`);

type Course = Awaited<ReturnType<typeof createCourse>>;
let draft: Course;
let raced: Course; // a draft someone else publishes while the page is open
let lottery: Course;
let approval: Course;
let finished: Course;
let residents: TestAccount[]; // of siheung
let outsiders: TestAccount[]; // of ansan

describe('the staff page of a course', () => {
  beforeAll(async () => {
    const platform = suite.platform();
    const [staff, otherStaff, instructor] = await Promise.all([
      withRole(platform, 'CITY_STAFF', 'siheung'),
      withRole(platform, 'CITY_STAFF', 'seongnam'),
      withRole(platform, 'INSTRUCTOR', 'siheung'),
    ]);
    const venue = await platform.query<{ createVenue: { id: string } }>(
      'mutation { createVenue(input: { cityId: "siheung", name: "정왕동 주민 배움터", kind: NEIGHBORHOOD_CENTER, address: "정왕대로 1", dong: "정왕동" }) { id } }',
      {},
      staff.auth,
    );
    setup = { staff, otherStaff, instructor, venueId: venue.body.data!.createVenue.id };
    residents = await Promise.all(
      ['김하늘', '이바다', '박누리', '최보람'].map((displayName) =>
        signUp(platform, { residenceCityId: 'siheung', displayName }),
      ),
    );
    outsiders = await Promise.all(
      ['정다온', '한가람'].map((displayName) => signUp(platform, { residenceCityId: 'ansan', displayName })),
    );

    // Applications close in a few seconds; the finished course's two sessions follow at once, 10 s
    // each (the course's hours are counted to a hundredth of an hour, and a course of 0 hours
    // cannot be finished).
    const closesAt = iso(9_000);
    const close = Date.parse(closesAt);
    const at = (ms: number) => new Date(close + ms).toISOString();
    const shortSessions = [
      { startsAt: at(500), endsAt: at(10_500) },
      { startsAt: at(1_000), endsAt: at(11_000) },
    ];
    const open = { closesAt: iso(10 * 60_000), sessions: laterSessions() };
    [draft, raced, lottery, approval, finished] = await Promise.all([
      createCourse(platform, { selection: 'FIRST_COME', capacity: 20, publish: false, ...open }),
      createCourse(platform, { selection: 'FIRST_COME', capacity: 20, publish: false, ...open }),
      createCourse(platform, {
        selection: 'LOTTERY',
        eligibility: 'PROVINCE_RESIDENTS',
        capacity: 2,
        publish: true,
        closesAt,
        sessions: [{ startsAt: at(60_000), endsAt: at(120_000) }],
      }),
      createCourse(platform, {
        selection: 'APPROVAL',
        capacity: 5,
        publish: true,
        instructorIds: [instructor.id],
        ...open,
      }),
      createCourse(platform, {
        selection: 'FIRST_COME',
        capacity: 10,
        publish: true,
        closesAt,
        sessions: shortSessions,
      }),
    ]);
    // Outsiders first: the lottery's order must not follow who applied first.
    for (const learner of [...outsiders, residents[0]!, residents[1]!])
      await applyAs(platform, learner, lottery.id);
    for (const learner of residents.slice(0, 3)) await applyAs(platform, learner, approval.id);
    for (const learner of residents.slice(0, 2)) await applyAs(platform, learner, finished.id);

    // The finished course: the first learner attends both sessions, the second only the first.
    await sleepUntil(shortSessions[1]!.startsAt);
    const [first, second] = [residents[0]!, residents[1]!];
    for (const [sessionId, entries] of [
      [
        finished.sessionIds[0]!,
        [
          { learnerId: first.id, present: true },
          { learnerId: second.id, present: true },
        ],
      ],
      [
        finished.sessionIds[1]!,
        [
          { learnerId: first.id, present: true },
          { learnerId: second.id, present: false },
        ],
      ],
    ] as const) {
      const recorded = await platform.query(
        'mutation ($s: ID!, $e: [AttendanceInput!]!) { recordSessionAttendance(sessionId: $s, entries: $e) { id } }',
        { s: sessionId, e: entries },
        staff.auth,
      );
      if (recorded.body.errors) throw new Error(JSON.stringify(recorded.body.errors));
    }
    await sleepUntil(shortSessions[1]!.endsAt);
  }, 180_000);

  it('publishes a draft from the page, shows applicants with their contact, and says plainly when someone else published first', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, setup.staff);
    await openTerm(page, site, draft.id);
    expect(await page.locator('h1').textContent()).toBe(draft.titleKo);
    expect(await statusOf(page)).toBe(term('status.DRAFT'));
    expect(await page.getByTestId('edit-course').getAttribute('href')).toBe(
      `/staff/courses/${draft.id}/edit`,
    );
    expect(await page.getByTestId('duplicate-course').getAttribute('href')).toBe(
      `/staff/courses/new?from=${draft.id}`,
    );
    expect(await page.getByTestId('term-sessions').getByRole('link').getAttribute('href')).toBe(
      `/staff/courses/${draft.id}/sessions/${draft.sessionIds[0]}/attendance`,
    );
    expect(await page.getByTestId('applicant-count').textContent()).toBe(
      term('applicants.count_other', { formatted: 0 }),
    );
    const box = await page.getByTestId('publish-course').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(page, 'a draft course');
    await screenshot(page, 'staff-term-phone-1-draft');

    await page.getByTestId('publish-course').click();
    await page.getByTestId('action-done').waitFor();
    expect(await page.getByTestId('action-done').textContent()).toBe(term('actions.done.publish'));
    expect(await statusOf(page)).toBe(term('status.OPEN'));
    expect(await page.getByTestId('publish-course').count()).toBe(0);
    expect(await page.getByTestId('edit-course').count()).toBe(0);
    // The answer has focus: the button pressed is gone.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('action-outcome');

    // Residents apply through the API; the page lists them with their email and residence.
    for (const learner of residents.slice(0, 2)) await applyAs(platform, learner, draft.id);
    await openTerm(page, site, draft.id);
    expect(await page.getByTestId('applicant-count').textContent()).toBe(
      term('applicants.count_other', { formatted: 2 }),
    );
    const first = page.getByTestId('applicant').first();
    expect(await first.locator('h3').textContent()).toBe('김하늘');
    expect(await first.getByTestId('applicant-email').textContent()).toBe(residents[0]!.email);
    expect(await first.getByTestId('applicant-status').textContent()).toBe(term('enrollment.ENROLLED'));
    expect(await first.textContent()).toContain('시흥');
    expect(await page.getByTestId('course-fill').textContent()).toBe(
      term('header.fillValue', { taken: 2, capacity: 20, percent: '10%' }),
    );
    await expectAccessible(page, 'a published course with applicants');
    await screenshot(page, 'staff-term-phone-2-published');

    // Someone else publishes the other draft while its page is open: the page says so plainly.
    await openTerm(page, site, raced.id);
    await publish(platform, raced.id);
    await page.getByTestId('publish-course').click();
    await page.getByTestId('term-refusal').waitFor();
    expect(await page.getByTestId('term-refusal').textContent()).toContain(term('actions.conflict.publish'));
    expect(await page.getByTestId('api-reason').textContent()).toMatch(/DRAFT/);
    await expect.poll(() => statusOf(page)).toBe(term('status.OPEN'));
    await expectAccessible(page, 'a refused publish');
    await screenshot(page, 'staff-term-phone-3-conflict');
    await context.close();
  });

  it('draws the lottery from the page, shows its seed, and the seed re-runs to the same winners', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const { context, page } = await newVisitor(suite.browser(), { viewport: desktop });
    await signInVisitor(context, platform, setup.staff);
    await sleepUntil(lottery.closesAt);
    await openTerm(page, suite.site('siheung'), lottery.id);
    expect(await page.getByTestId('lottery-seed').count()).toBe(0);
    const pending = await page
      .getByTestId('applicant')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(pending).toEqual(['PENDING', 'PENDING', 'PENDING', 'PENDING']);

    await page.getByTestId('draw-course').click();
    await page.getByTestId('action-done').waitFor();
    const seed = (await page.getByTestId('lottery-seed').textContent()) ?? '';
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    expect(await statusOf(page)).toBe(term('status.CLOSED'));
    expect(await page.getByTestId('draw-course').count()).toBe(0);

    // Residents of the city are drawn first: both siheung residents won the two seats.
    const enrollments = await enrollmentsOf(platform, lottery.id);
    const byLearner = new Map(enrollments.map((e) => [e.learner.id, e]));
    for (const resident of residents.slice(0, 2)) {
      const row = applicantRow(page, byLearner.get(resident.id)!.id);
      expect(await row.getByTestId('applicant-status').textContent()).toBe(term('enrollment.ENROLLED'));
    }
    const waiting = outsiders.map((o) => byLearner.get(o.id)!);
    expect(waiting.map((e) => e.waitlistPosition).sort()).toEqual([1, 2]);
    for (const enrollment of waiting) {
      expect(await applicantRow(page, enrollment.id).getByTestId('applicant-status').textContent()).toBe(
        term('applicants.waitlisted', { position: enrollment.waitlistPosition! }),
      );
    }
    expect(await page.getByTestId('course-waitlist').textContent()).toBe(
      term('header.people_other', { formatted: 2 }),
    );

    // Re-running the draw from the seed and the list the page gives gives the same places.
    await page.getByText(term('lottery.howTo')).click();
    expect(await page.getByTestId('recheck-command').textContent()).toBe(
      `pnpm exec tsx scripts/verify-lottery.ts --seed ${seed} --seats 2 --residents-of siheung < applicants.txt`,
    );
    await page.getByTestId('prepare-recheck').click();
    const lines = (await page.getByTestId('recheck-lines').inputValue()).trim().split('\n');
    expect(lines).toHaveLength(4);
    const places = verifyLottery({
      seed,
      seats: 2,
      residentsOf: 'siheung',
      applicants: lines.map((line) => {
        const [id, city] = line.split(' ');
        return { id: id!, residenceCityId: city ?? null };
      }),
    });
    const actual = new Map(enrollments.map((e) => [e.id, [e.status, e.waitlistPosition]]));
    for (const place of places) {
      expect(actual.get(place.applicant.id)).toEqual([place.status, place.waitlistPosition]);
    }
    await expectAccessible(page, 'a drawn lottery');
    await screenshot(page, 'staff-term-desktop-lottery');
    await context.close();
  });

  it('approves one applicant and rejects another, then cancels the course after a confirm step', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const enrollments = await enrollmentsOf(platform, approval.id);
    const idOf = (learner: TestAccount) => enrollments.find((e) => e.learner.id === learner.id)!.id;

    // The course's instructor reads it, without the staff's buttons or the applicants' emails.
    const instructor = await newVisitor(suite.browser());
    await signInVisitor(instructor.context, platform, setup.instructor);
    await openTerm(instructor.page, site, approval.id);
    await instructor.page.getByTestId('instructor-note').waitFor();
    expect(await instructor.page.getByTestId('approve').count()).toBe(0);
    expect(await instructor.page.getByTestId('cancel-course').count()).toBe(0);
    expect(await instructor.page.getByTestId('applicant-email').first().textContent()).toBe(
      term('applicants.emailHidden'),
    );
    await expectAccessible(instructor.page, 'a course as its instructor');
    await screenshot(instructor.page, 'staff-term-phone-instructor');
    await instructor.context.close();

    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, setup.staff);
    await openTerm(page, site, approval.id);
    expect(await page.getByTestId('approve').count()).toBe(3);
    await expectAccessible(page, 'an approval course');
    await screenshot(page, 'staff-term-phone-4-approval');

    const approved = applicantRow(page, idOf(residents[0]!));
    await approved.getByTestId('approve').click();
    await page.getByTestId('decided').waitFor();
    expect(await page.getByTestId('decided').textContent()).toBe(
      term('applicants.approved', { name: '김하늘' }),
    );
    expect(await approved.getByTestId('applicant-status').textContent()).toBe(term('enrollment.ENROLLED'));
    expect(await approved.getByTestId('approve').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('course-fill').textContent())
      .toBe(term('header.fillValue', { taken: 1, capacity: 5, percent: '20%' }));
    const rejected = applicantRow(page, idOf(residents[1]!));
    await rejected.getByTestId('reject').click();
    await expect
      .poll(() => rejected.getByTestId('applicant-status').textContent())
      .toBe(term('enrollment.REJECTED'));
    expect(await page.getByTestId('decided').textContent()).toBe(
      term('applicants.rejected', { name: '이바다' }),
    );
    // The filter shows the one still waiting for a decision.
    await page.getByTestId('applicant-filter').selectOption('PENDING');
    await expect.poll(() => page.getByTestId('applicant').count()).toBe(1);
    expect(await page.getByTestId('applicant').getAttribute('data-enrollment-id')).toBe(idOf(residents[2]!));
    await expectAccessible(page, 'decided applicants');
    await screenshot(page, 'staff-term-phone-5-decided');

    // Cancelling asks first, saying the applicants are told; keeping it changes nothing.
    await page.getByTestId('cancel-course').click();
    const confirm = page.getByTestId('cancel-confirm');
    expect(await confirm.textContent()).toContain(term('actions.cancelConsequence'));
    await page.getByTestId('keep-course').click();
    expect(await confirm.count()).toBe(0);
    expect(await statusOf(page)).toBe(term('status.OPEN'));
    await page.getByTestId('cancel-course').click();
    await expectAccessible(page, 'the cancel confirm step');
    await screenshot(page, 'staff-term-phone-6-cancel-confirm');
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('action-done').waitFor();
    expect(await page.getByTestId('action-done').textContent()).toBe(term('actions.done.cancel'));
    expect(await statusOf(page)).toBe(term('status.CANCELLED'));
    expect(await page.getByTestId('cancel-course').count()).toBe(0);
    const after = await enrollmentsOf(platform, approval.id);
    expect(after.map((e) => e.status).sort()).toEqual(['CANCELLED', 'CANCELLED', 'REJECTED']);
    await context.close();
  });

  it('finishes a course whose sessions are over and shows who completed, who did not and why', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    for (const viewport of [desktop, undefined]) {
      const { context, page } = await newVisitor(suite.browser(), viewport ? { viewport } : {});
      await signInVisitor(context, platform, setup.staff);
      await openTerm(page, suite.site('siheung'), finished.id);
      if (viewport) {
        await page.getByTestId('finish-course').click();
        await page.getByTestId('action-done').waitFor();
      }
      expect(await statusOf(page)).toBe(term('status.FINISHED'));
      const completed = page.getByTestId('results-COMPLETED');
      const notCompleted = page.getByTestId('results-NOT_COMPLETED');
      await completed.getByTestId('result').first().waitFor();
      await notCompleted.getByTestId('result').first().waitFor();
      expect(await completed.locator('h3').textContent()).toBe(
        term('results.COMPLETED_other', { formatted: 1 }),
      );
      expect(await completed.getByTestId('result').textContent()).toBe(
        `김하늘 ${term('results.met', { rate: '100%', minimum: '80%' })}`,
      );
      expect(await notCompleted.getByTestId('result').textContent()).toBe(
        `이바다 ${term('results.notMet', { rate: '50%', minimum: '80%' })}`,
      );
      expect(await page.getByTestId('finish-course').count()).toBe(0);
      await expectAccessible(page, 'a finished course');
      await screenshot(page, viewport ? 'staff-term-desktop-finished' : 'staff-term-phone-7-finished');
      await context.close();
    }

    // In Chinese, the same results.
    const zh = await newVisitor(suite.browser(), { locale: 'zh-CN' });
    await zh.context.addInitScript(() => window.localStorage.setItem('baeumteo.locale', 'zh'));
    await signInVisitor(zh.context, platform, setup.staff);
    await zh.page.goto(suite.site('siheung').at(`/staff/courses/${finished.id}`));
    await zh.page.getByTestId('results-NOT_COMPLETED').getByTestId('result').waitFor();
    expect(await zh.page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(await zh.page.getByTestId('course-status').textContent()).toBe(term('status.FINISHED', {}, 'zh'));
    expect(
      await zh.page.getByTestId('results-NOT_COMPLETED').getByTestId('result-reason').textContent(),
    ).toBe(term('results.notMet', { rate: '50%', minimum: '80%' }, 'zh'));
    await settled(zh.page);
    await expectAccessible(zh.page, 'a finished course in Chinese');
    await screenshot(zh.page, 'staff-term-phone-zh');
    await zh.context.close();
  });

  it('lets no resident in, and shows another city’s or an unknown course as not found', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const resident = await newVisitor(suite.browser());
    await signInVisitor(resident.context, platform, residents[3]!);
    await resident.page.goto(suite.site('siheung').at(`/staff/courses/${lottery.id}`));
    await resident.page.getByTestId('not-allowed').waitFor();
    expect(await resident.page.getByTestId('staff-term').count()).toBe(0);
    await expectAccessible(resident.page, 'a course page, for a resident');
    await resident.context.close();

    // Seongnam's staff, on their own site, opening a siheung course (public, but not theirs).
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, setup.otherStaff);
    await page.goto(suite.site('seongnam').at(`/staff/courses/${lottery.id}`));
    await page.getByTestId('term-not-found').waitFor();
    expect(await page.getByTestId('lottery-seed').count()).toBe(0);
    await expectAccessible(page, 'another city’s course');
    await screenshot(page, 'staff-term-phone-not-found');
    await page.goto(suite.site('seongnam').at(`/staff/courses/${randomUUID()}`));
    await page.getByTestId('term-not-found').waitFor();
    await context.close();
  });
});

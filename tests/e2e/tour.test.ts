// Every page of the site in every skin, on a phone and a desktop, the work pages of staff,
// analysts and admins included: a screenshot of each in
// tests/e2e/screenshots/, and axe-core on each finding no serious or critical violation.
import { randomUUID } from 'node:crypto';
import { rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { ingestAsOwners } from '../src/events.ts';
import { e2eCities } from './globalSetup.ts';
import {
  desktop,
  type E2ECity,
  e2eSuite,
  expectAccessible,
  newVisitor,
  phone,
  screenshot,
  serveSite,
  settled,
  signInVisitor,
} from './harness.ts';

const suite = e2eSuite([]);
let learner: TestAccount;
let admin: TestAccount;
let certificate: { number: string; code: string };
let contentId: string;

beforeAll(async () => {
  const platform = suite.platform();
  learner = await signUp(platform, { residenceCityId: 'siheung', displayName: '김하람' });
  admin = await withRole(platform, 'PROVINCE_ADMIN', null);
  const at = new Date().toISOString();
  await ingestAsOwners(platform, [
    { id: randomUUID(), type: 'PROFILE', learnerId: learner.id, name: '김하람', occurredAt: at },
    {
      id: randomUUID(),
      verb: 'COMPLETED',
      learnerId: learner.id,
      cityId: 'siheung',
      residenceCityId: 'siheung',
      courseId: randomUUID(),
      courseTitle: '바리스타 입문',
      hours: 20,
      category: 'VOCATIONAL',
      occurredAt: at,
    },
  ]);
  const [issued] = rowsOf<{ number: string; code: string }>(
    await platform.services.history.database.db.execute(
      sql`select number, verification_code as code from history.certificates where learner_id = ${learner.id}`,
    ),
  );
  certificate = issued as { number: string; code: string };
  const contents = await platform.query<{ contents: { edges: { node: { id: string } }[] } }>(
    '{ contents(filter: { kind: YOUTUBE }, first: 1) { edges { node { id } } } }',
  );
  contentId = contents.body.data?.contents.edges[0]?.node.id ?? '';
});

async function firstCourseOf(city: string): Promise<string> {
  const answer = await suite
    .platform()
    .query<{ courses: { edges: { node: { id: string } }[] } }>(
      'query ($c: ID!) { courses(filter: { cityId: $c }, first: 1) { edges { node { id } } } }',
      { c: city },
    );
  return answer.body.data?.courses.edges[0]?.node.id ?? 'none';
}

interface Stop {
  name: string;
  path: string;
  signedIn?: boolean;
  /** A work page: seen by a province admin, who may open every one of them in every city. */
  work?: boolean;
  /** What shows once the page has its data. */
  ready: string;
}

describe.each(e2eCities.map((city) => ({ city })))('every page of $city', ({ city }: { city: E2ECity }) => {
  it('is screenshotted on a phone and a desktop, and passes axe', { timeout: 420_000 }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = await serveSite(city, platform);
    const stops: Stop[] = [
      { name: 'home', path: '/', ready: '[data-testid="course-card"]' },
      { name: 'courses', path: '/courses', ready: '[data-testid="course-card"]' },
      {
        name: 'course',
        path: `/courses/${await firstCourseOf(city)}`,
        ready: '[data-testid="course-title"]',
      },
      { name: 'signin', path: '/signin', ready: '[data-testid="signin-submit"]' },
      { name: 'signup', path: '/signup', ready: '[data-testid="signup-submit"]' },
      { name: 'library', path: '/library', ready: '[data-testid="content-card"]' },
      { name: 'content', path: `/library/${contentId}`, ready: '[data-testid="content-title"]' },
      { name: 'paths', path: '/paths', ready: '[data-testid="learning-path"]' },
      { name: 'live', path: '/live', ready: 'main h1' },
      {
        name: 'verify',
        path: `/verify/${certificate.number}?code=${certificate.code}`,
        ready: '[data-testid="verification-result"]',
      },
      { name: 'not-found', path: '/this/page/does/not/exist', ready: '[data-testid="not-found"]' },
      { name: 'my-learning', path: '/me', signedIn: true, ready: '[data-testid="certificate-card"]' },
      {
        name: 'password',
        path: '/account/password',
        signedIn: true,
        ready: '[data-testid="password-submit"]',
      },
      { name: 'staff-courses', path: '/staff', work: true, ready: '[data-testid="staff-course"]' },
      { name: 'staff-editor', path: '/staff/courses/new', work: true, ready: '[data-testid="course-form"]' },
      {
        name: 'staff-term',
        path: `/staff/courses/${await firstCourseOf(city)}`,
        work: true,
        ready: '[data-testid="term-applicants"]',
      },
      { name: 'staff-venues', path: '/staff/venues', work: true, ready: '[data-testid="venue-count"]' },
      {
        name: 'staff-featured',
        path: '/staff/featured',
        work: true,
        ready: '[data-testid="featured-count"]',
      },
      { name: 'analyst', path: '/analyst', work: true, ready: '[data-testid="city-row"]' },
      {
        name: 'admin-contents',
        path: '/admin/contents',
        work: true,
        ready: '[data-testid="admin-content-row"]',
      },
      { name: 'admin-people', path: '/admin/people', work: true, ready: '[data-testid="people-page"] form' },
    ];
    for (const viewport of [phone, desktop]) {
      const size = viewport === phone ? 'phone' : 'desktop';
      const guest = await newVisitor(browser, { viewport });
      const member = await newVisitor(browser, { viewport });
      await signInVisitor(member.context, platform, learner);
      const worker = await newVisitor(browser, { viewport });
      await signInVisitor(worker.context, platform, admin);
      for (const stop of stops) {
        const { page } = stop.work ? worker : stop.signedIn ? member : guest;
        await page.goto(site.at(stop.path));
        await page.locator(stop.ready).first().waitFor();
        await settled(page);
        expect(await page.locator('h1').count(), `${city} ${stop.name}: one h1`).toBe(1);
        await screenshot(page, `${stop.name}-${city}-${size}`);
        if (viewport === phone) await expectAccessible(page, `${city} ${stop.name}`);
      }
      await guest.context.close();
      await member.context.close();
      await worker.context.close();
    }
    await site.close();
  });
});

// A new resident's way from finding a course to holding its seat, on two cities' own sites, on a
// phone: browse, search and filter, open the course, sign up, apply to a full course and wait,
// get the seat another learner gives up, and see it in My learning.
import { describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../src/accounts.ts';
import { applyAs, cancelAs, oneSeatCourse } from './fixtures.ts';
import { e2eSuite, expectAccessible, newVisitor, screenshot, settled, text } from './harness.ts';

const suite = e2eSuite(['siheung', 'seongnam']);

describe.each([
  { city: 'siheung' as const, dong: '정왕동' },
  { city: 'seongnam' as const, dong: '정자동' },
])('a new resident of $city', ({ city, dong }) => {
  it('finds a full course, signs up, waits, gets the seat someone gives up, and sees it in My learning', {
    timeout: 120_000,
  }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site(city);
    const course = await oneSeatCourse(platform, city, dong);
    // The one seat goes to a neighbour first.
    const neighbour = await signUp(platform, { residenceCityId: city });
    const seat = await applyAs(platform, neighbour, course.id);
    expect(seat.status).toBe('ENROLLED');

    const { context, page } = await newVisitor(browser);
    await page.goto(site.url);
    await page.getByTestId('course-card').first().waitFor();
    await settled(page);
    await screenshot(page, `journey-${city}-1-home`);

    // Courses: a Korean substring of the title and a category narrow it down to this one.
    await page
      .getByRole('navigation', { name: text('common', 'ko', 'nav.label') })
      .getByRole('link', { name: text('common', 'ko', 'nav.courses') })
      .click();
    await page.getByTestId('course-search').fill(course.searchWord);
    await page.getByTestId('course-search').press('Enter');
    // On a phone the filters sit behind a disclosure button.
    const filters = page.getByRole('button', { name: text('courses', 'ko', 'filters.toggle'), exact: true });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    await filters.click();
    await page
      .getByLabel(text('courses', 'ko', 'filters.category'), { exact: true })
      .selectOption('CULTURE_ARTS');
    await expect.poll(() => page.getByTestId('course-card').count()).toBe(1);
    await expect.poll(() => page.getByTestId('result-count').textContent()).toContain('1');
    await screenshot(page, `journey-${city}-2-courses`);
    await expectAccessible(page, `${city} courses, filtered`);
    await page.getByTestId('course-card').getByRole('link').first().click();

    // The course: full, for residents of the city, first come first served.
    await expect.poll(() => page.getByTestId('course-title').textContent()).toBe(course.titleKo);
    expect(await page.getByTestId('seats-left').textContent()).toContain('0');
    expect(await page.getByTestId('eligibility').textContent()).toMatch(city === 'siheung' ? /시흥/ : /성남/);
    await expectAccessible(page, `${city} course page, signed out`);

    // Applying needs an account: sign in → sign up, and back to the course.
    await page.getByTestId('apply').click();
    await page.waitForURL(/\/signin\?next=/);
    await page
      .getByRole('main')
      .getByRole('link', { name: text('account', 'ko', 'signIn.signUp') })
      .click();
    await page.waitForURL(/\/signup/);
    // The sign-in form stays on screen until the sign-up page's code is here.
    await page.getByTestId('signup-submit').waitFor();
    const email = uniqueEmail('e2e');
    await page.getByLabel(text('account', 'ko', 'fields.email'), { exact: true }).fill(email);
    await page
      .getByLabel(text('account', 'ko', 'fields.password'), { exact: true })
      .fill('clay and patience 2026');
    await page.getByLabel(text('account', 'ko', 'fields.displayName'), { exact: true }).fill('한결');
    expect(
      await page.getByLabel(text('account', 'ko', 'fields.residence'), { exact: true }).inputValue(),
    ).toBe(city);
    await expectAccessible(page, `${city} sign-up`);
    await screenshot(page, `journey-${city}-3-signup`);
    await page.getByTestId('signup-submit').click();
    // Back on the course (a refusal would show its alert here instead).
    await expect
      .poll(async () =>
        page.url().endsWith(`/courses/${course.id}`)
          ? 'back'
          : [
              ...(await page.getByRole('alert').allTextContents()),
              ...(await page.locator('.field__error').allTextContents()),
            ],
      )
      .toBe('back');

    // Full: the application waits, first in line.
    await page.getByTestId('apply').click();
    const status = page.getByTestId('enrollment-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('WAITLISTED');
    expect(await page.getByTestId('waitlist-position').textContent()).toContain('1');
    expect(await page.getByTestId('next-steps').textContent()).toBeTruthy();
    await screenshot(page, `journey-${city}-4-waitlisted`);
    await expectAccessible(page, `${city} course page, waitlisted`);

    // The neighbour cancels; the freed seat goes to the first on the waitlist.
    expect((await cancelAs(platform, neighbour, seat.id)).status).toBe('CANCELLED');

    await page
      .getByRole('link', { name: text('common', 'ko', 'nav.me') })
      .first()
      .click();
    const row = page.getByTestId('enrollment-row').filter({ hasText: course.titleKo });
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('ENROLLED');
    await settled(page);
    await screenshot(page, `journey-${city}-5-my-learning`);
    await expectAccessible(page, `${city} my learning`);

    // A reload keeps the resident signed in.
    await page.reload();
    await expect.poll(() => row.getAttribute('data-status')).toBe('ENROLLED');
    await context.close();
  });
});

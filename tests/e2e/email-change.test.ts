/// <reference lib="dom" />
// Changing the email on a city site, on a phone, with a real SMTP server on loopback: the form on
// My learning (its refusals said in the resident's language), the link mailed to the new address
// opened on the verify page, and the account showing its new address, confirmed; the city's staff
// see whether each applicant's address is confirmed.
import { startSmtpInbox } from '@baeumteo/notifications/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn, signUp, uniqueEmail } from '../src/accounts.ts';
import { linkToken, mailTo } from '../src/mail.ts';
import { applyAs, oneSeatCourse } from './fixtures.ts';
import {
  e2eSuite,
  expectAccessible,
  newVisitor,
  screenshot,
  settled,
  signInVisitor,
  text,
} from './harness.ts';

const inbox = await startSmtpInbox();
afterAll(() => inbox.stop());

const suite = e2eSuite(['namyangju'], {
  relays: true,
  notifications: {
    email: { url: inbox.url, from: 'noreply@baeumteo.test' },
    quietHours: null,
    dispatch: { intervalMs: 100 },
  },
});

describe('changing the email', () => {
  it('a resident gives a new address on My learning and confirms it by the mailed link, in English', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('namyangju');
    const learner = await signUp(platform, { residenceCityId: 'namyangju', preferredLocale: 'EN' });
    const newEmail = uniqueEmail('moved');
    const en = (key: string, values: Record<string, string> = {}) => text('account', 'en', key, values);
    const { context, page } = await newVisitor(suite.browser(), { locale: 'en-US' });
    await signInVisitor(context, platform, learner);
    await page.goto(site.at('/me'));

    const section = page.getByTestId('account-email');
    await expect.poll(() => section.getByTestId('account-email-address').textContent()).toBe(learner.email);
    expect(await section.getByTestId('account-email-verified').textContent()).toBe(en('me.email.unverified'));

    await page.getByTestId('change-email').click();
    const newAddress = page.getByLabel(en('me.email.newEmail'));
    const password = page.getByTestId('change-email-form').getByLabel(en('fields.password'));
    // Its own address, then a wrong password: each said at its field, nothing sent.
    await newAddress.fill(learner.email.toUpperCase());
    await password.fill(learner.password);
    await page.getByTestId('change-email-submit').click();
    await page.getByText(en('me.email.same')).waitFor();
    expect(await newAddress.getAttribute('aria-invalid')).toBe('true');
    await newAddress.fill(newEmail);
    await password.fill('not my password at all');
    await page.getByTestId('change-email-submit').click();
    await page.getByText(en('errors.wrongPassword')).waitFor();
    await settled(page);
    await screenshot(page, 'email-change-1-refused');
    await expectAccessible(page, 'change email form');

    await password.fill(learner.password);
    await page.getByTestId('change-email-submit').click();
    await page.getByTestId('email-change-sent').waitFor();
    expect(await page.getByTestId('email-change-sent').textContent()).toBe(
      en('me.email.sent', { email: newEmail, current: learner.email }),
    );
    await expectAccessible(page, 'change email sent');
    // The account keeps its address until the link is opened.
    await signIn(platform, learner.email, learner.password);

    const [mail] = await mailTo(inbox, newEmail);
    const token = linkToken(mail!, '/account/verify-email');
    await page.goto(site.at(`/account/verify-email?token=${token}`));
    await page.getByTestId('verify-email').click();
    await page.getByTestId('email-verified').waitFor();

    await page.goto(site.at('/me'));
    await expect.poll(() => section.getByTestId('account-email-address').textContent()).toBe(newEmail);
    expect(await section.getByTestId('account-email-verified').getAttribute('data-verified')).toBe('true');
    expect(await section.getByTestId('account-email-verified').textContent()).toBe(en('me.email.verified'));
    await settled(page);
    await screenshot(page, 'email-change-2-confirmed');
    await signIn(platform, newEmail, learner.password);

    const told = (await mailTo(inbox, learner.email, 2)).at(-1);
    expect(told?.subject).toContain('Your account email address was changed');
    expect(told?.text).toContain(`m***@test.baeumteo.kr`);
    await context.close();
  });

  it('the city’s staff see whether each applicant’s address is confirmed, in Korean', {
    timeout: 60_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('namyangju');
    const course = await oneSeatCourse(platform, 'namyangju', '호평동');
    const unconfirmed = await signUp(platform, { residenceCityId: 'namyangju' });
    await applyAs(platform, unconfirmed, course.id);
    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, course.staff);
    await page.goto(site.at(`/staff/courses/${course.id}`));
    const applicant = page.getByTestId('applicant').first();
    await applicant.waitFor();
    expect(await applicant.getByTestId('applicant-email').textContent()).toBe(unconfirmed.email);
    expect(await applicant.getByTestId('applicant-email-verified').textContent()).toBe(
      text('staffTerm', 'ko', 'applicants.emailUnverified'),
    );
    await settled(page);
    await expectAccessible(page, 'applicants with their email status');
    await context.close();
  });
});

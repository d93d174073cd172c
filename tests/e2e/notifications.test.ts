/// <reference lib="dom" />
// Notifications on the city sites, on a phone, with a real SMTP server on loopback: recovering
// an account from the sign-in page through the mailed link in every skin, confirming an address,
// and the notification centre behind the bell (unread count, marking read, a KakaoTalk number).
import { startSmtpInbox } from '@baeumteo/notifications/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { linkToken, mailTo } from '../src/mail.ts';
import { applyAs, cancelAs, oneSeatCourse } from './fixtures.ts';
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

const suite = e2eSuite(['siheung', 'seongnam', 'namyangju', 'suwon'], {
  relays: true,
  notifications: {
    email: { url: inbox.url, from: 'noreply@baeumteo.test' },
    // Tests run at any hour: the night-time hold is tested on its own (subgraphs/notifications).
    quietHours: null,
    dispatch: { intervalMs: 100 },
  },
});

describe('password reset', () => {
  it.each([
    { city: 'siheung' as const, locale: 'vi' as const, browser: 'vi-VN' },
    { city: 'seongnam' as const, locale: 'ko' as const, browser: 'ko-KR' },
    { city: 'namyangju' as const, locale: 'en' as const, browser: 'en-US' },
    { city: 'suwon' as const, locale: 'ko' as const, browser: 'ko-KR' },
  ])(
    'a resident of $city recovers their account from the sign-in page in $locale',
    {
      timeout: 90_000,
    },
    async ({ city, locale, browser: browserLocale }) => {
      const platform = suite.platform();
      const site = suite.site(city);
      const learner = await signUp(platform, { residenceCityId: city });
      const { context, page } = await newVisitor(suite.browser(), { locale: browserLocale });
      await page.goto(site.at('/signin'));
      await page.getByTestId('forgot-password').click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(text('account', locale, 'forgot.title'));
      await page.getByLabel(text('account', locale, 'fields.email')).fill(learner.email);
      await page.getByTestId('reset-request').click();
      await page.getByTestId('reset-requested').waitFor();
      await settled(page);
      await screenshot(page, `reset-${city}-1-requested`);
      await expectAccessible(page, `${city} forgot password`);

      const mails = await mailTo(inbox, learner.email, 2);
      const token = linkToken(mails[1]!, '/account/reset-password');
      await page.goto(site.at(`/account/reset-password?token=${token}`));
      await page.getByLabel(text('account', locale, 'fields.newPassword')).fill('a fresh passphrase here');
      await page.getByTestId('reset-submit').click();
      await page.getByTestId('password-reset').waitFor();
      await settled(page);
      await screenshot(page, `reset-${city}-2-done`);
      await expectAccessible(page, `${city} password reset`);

      // The link works once.
      await page.goto(site.at(`/account/reset-password?token=${token}`));
      await page.getByLabel(text('account', locale, 'fields.newPassword')).fill('yet another passphrase');
      await page.getByTestId('reset-submit').click();
      await page.getByTestId('reset-link-bad').waitFor();

      // Signing in with the new password works; the old one does not.
      await page.goto(site.at('/signin'));
      await page.getByLabel(text('account', locale, 'fields.email')).fill(learner.email);
      await page
        .getByLabel(text('account', locale, 'fields.password'), { exact: true })
        .fill(learner.password);
      await page.getByTestId('signin-submit').click();
      await page.getByText(text('account', locale, 'signIn.wrong')).waitFor();
      await page
        .getByLabel(text('account', locale, 'fields.password'), { exact: true })
        .fill('a fresh passphrase here');
      await page.getByTestId('signin-submit').click();
      await page.waitForURL(/\/me$/);
      await context.close();
    },
  );
});

describe('email verification', () => {
  it('confirms the address with the button of the page the mailed link opens, in Chinese', {
    timeout: 60_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('siheung');
    const learner = await signUp(platform, { residenceCityId: 'siheung', preferredLocale: 'ZH' });
    const [mail] = await mailTo(inbox, learner.email);
    expect(mail?.subject).toContain('请确认您的电子邮箱地址');
    const token = linkToken(mail!, '/account/verify-email');

    const { context, page } = await newVisitor(suite.browser(), { locale: 'zh-CN' });
    await page.goto(site.at(`/account/verify-email?token=${token}`));
    await page.getByTestId('verify-email').waitFor();
    // Opening the page confirms nothing yet: a mail scanner opening links would use the token up.
    const before = await platform.query<{ me: { emailVerified: boolean } }>(
      '{ me { emailVerified } }',
      {},
      learner.auth,
    );
    expect(before.body.data?.me.emailVerified).toBe(false);
    await settled(page);
    await expectAccessible(page, 'verify email');
    await page.getByTestId('verify-email').click();
    await page.getByTestId('email-verified').waitFor();
    expect(await page.getByTestId('email-verified').textContent()).toBe(
      text('account', 'zh', 'verifyEmail.done'),
    );
    await screenshot(page, 'verify-email-siheung-zh-phone');
    const after = await platform.query<{ me: { emailVerified: boolean } }>(
      '{ me { emailVerified } }',
      {},
      learner.auth,
    );
    expect(after.body.data?.me.emailVerified).toBe(true);
    await context.close();
  });
});

describe('the notification centre', () => {
  it('shows a promoted learner their messages behind the bell, marks them read and takes a KakaoTalk number', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('seongnam');
    const course = await oneSeatCourse(platform, 'seongnam', '정자동');
    const neighbour = await signUp(platform, { residenceCityId: 'seongnam' });
    const learner = await signUp(platform, { residenceCityId: 'seongnam' });
    const [mail] = await mailTo(inbox, learner.email);
    await platform.query('mutation ($t: String!) { verifyEmail(token: $t) }', {
      t: linkToken(mail!, '/account/verify-email'),
    });
    const seat = await applyAs(platform, neighbour, course.id);
    await applyAs(platform, learner, course.id);
    await cancelAs(platform, neighbour, seat.id);
    await mailTo(inbox, learner.email, 3);

    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, learner);
    await page.goto(site.at('/'));
    const bell = page.getByTestId('notification-bell');
    await expect
      .poll(() => page.getByTestId('unread-badge').locator('[aria-hidden]').textContent())
      .toBe('2');
    // Read out as the menu entry and how many are unread, not as a bare number.
    expect(
      await page
        .getByRole('link', {
          name: new RegExp(
            `^${text('common', 'ko', 'nav.notifications')}\\s*${text('common', 'ko', 'nav.unreadBadge_other', { count: 2 })}$`,
          ),
        })
        .count(),
    ).toBe(1);
    await bell.click();
    await expect.poll(() => page.getByTestId('notification').count()).toBe(2);
    const kinds = await page
      .getByTestId('notification')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(kinds).toEqual(['PROMOTED', 'WAITLISTED']);
    expect(await page.getByTestId('notification').first().textContent()).toContain(course.titleKo);
    await settled(page);
    await screenshot(page, 'notifications-seongnam-1-unread-phone');
    await expectAccessible(page, 'notification centre');

    await page.getByTestId('mark-all-read').click();
    await expect.poll(() => page.getByTestId('unread-badge').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('unread-count').textContent())
      .toBe(text('notifications', 'ko', 'unread_other', { count: 0 }));

    // The settings: a number that is not a mobile one is refused where it was typed; a good one
    // is kept, partly hidden; the kinds and the language of messages are the learner's to choose.
    await page.getByTestId('notification-settings').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(text('notifications', 'ko', 'settings.title'));
    await page.getByTestId('phone-number').fill('02-123-4567');
    await page.getByTestId('phone-consent').check();
    await page.getByTestId('save-phone').click();
    await page.getByText(text('notifications', 'ko', 'kakao.badNumber')).waitFor();
    await page.getByTestId('phone-number').fill('010-3456-7890');
    await page.getByTestId('save-phone').click();
    await expect
      .poll(() => page.getByTestId('notification-phone').textContent())
      .toBe(text('notifications', 'ko', 'kakao.current', { phone: '010-****-7890' }));
    await page.getByTestId('preference-PROMOTED-EMAIL').uncheck();
    await page.getByTestId('preferences-language').selectOption('EN');
    await page.getByTestId('save-preferences').click();
    await page.getByTestId('preferences-saved').waitFor();
    await settled(page);
    await screenshot(page, 'notifications-seongnam-2-settings-phone');
    await expectAccessible(page, 'notification settings');
    const saved = await platform.query<{
      me: { notificationPreferences: { language: string; kinds: { kind: string; channels: string[] }[] } };
    }>('{ me { notificationPreferences { language kinds { kind channels } } } }', {}, learner.auth);
    const choices = saved.body.data!.me.notificationPreferences;
    expect(choices.language).toBe('EN');
    expect(choices.kinds.find((k) => k.kind === 'PROMOTED')?.channels).toEqual(['KAKAO']);
    expect(choices.kinds.find((k) => k.kind === 'ENROLLED')?.channels).toEqual(['EMAIL', 'KAKAO']);
    // Read again from the server, the page shows what was saved.
    await page.reload();
    await expect.poll(() => page.getByTestId('preferences-language').inputValue()).toBe('EN');
    expect(await page.getByTestId('preference-PROMOTED-EMAIL').isChecked()).toBe(false);

    await page.getByTestId('remove-phone').click();
    await page.getByTestId('phone-number').waitFor();
    await context.close();
  });
});

describe('unsubscribing', () => {
  it('stops one kind of email from the link in a message, without signing in', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('namyangju');
    const learner = await signUp(platform, { residenceCityId: 'namyangju', preferredLocale: 'EN' });
    const [verification] = await mailTo(inbox, learner.email);
    await platform.query('mutation ($t: String!) { verifyEmail(token: $t) }', {
      t: linkToken(verification!, '/account/verify-email'),
    });
    const course = await oneSeatCourse(platform, 'namyangju', '화도읍');
    await applyAs(platform, learner, course.id);
    const [, enrolled] = await mailTo(inbox, learner.email, 2);
    const link = /https?:\/\/\S+\/unsubscribe\?token=[0-9a-f]{64}&kind=ENROLLED/.exec(
      enrolled?.text ?? '',
    )?.[0];
    expect(link).toBeDefined();

    const { context, page } = await newVisitor(suite.browser(), { locale: 'en-US' });
    await page.goto(site.at(`/unsubscribe${new URL(link!).search}`));
    await page
      .getByText(
        text('notifications', 'en', 'unsubscribe.introKind', {
          kind: text('notifications', 'en', 'kinds.ENROLLED'),
        }),
      )
      .waitFor();
    await settled(page);
    await screenshot(page, 'unsubscribe-namyangju-1-asked-phone');
    await expectAccessible(page, 'unsubscribe');
    await page.getByTestId('unsubscribe-kind').click();
    await page.getByTestId('unsubscribed').waitFor();
    await screenshot(page, 'unsubscribe-namyangju-2-done-phone');

    const after = await platform.query<{
      me: { notificationPreferences: { kinds: { kind: string; channels: string[] }[] } };
    }>('{ me { notificationPreferences { kinds { kind channels } } } }', {}, learner.auth);
    const kinds = after.body.data!.me.notificationPreferences.kinds;
    expect(kinds.find((k) => k.kind === 'ENROLLED')?.channels).toEqual(['KAKAO']);
    expect(kinds.find((k) => k.kind === 'PROMOTED')?.channels).toEqual(['EMAIL', 'KAKAO']);

    // A link with its token cut short changes nothing and says so.
    await page.goto(site.at('/unsubscribe?token=abc&kind=ENROLLED'));
    await page.getByTestId('unsubscribe-all').click();
    await page.getByTestId('unsubscribe-unknown').waitFor();
    await context.close();
  });
});

describe("a course's messages, for its staff", () => {
  it('sends a message to the applicants and shows how far it got by channel', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const site = suite.site('suwon');
    const course = await oneSeatCourse(platform, 'suwon', '매탄동');
    const learner = await signUp(platform, { residenceCityId: 'suwon' });
    const [verification] = await mailTo(inbox, learner.email);
    await platform.query('mutation ($t: String!) { verifyEmail(token: $t) }', {
      t: linkToken(verification!, '/account/verify-email'),
    });
    await applyAs(platform, learner, course.id);
    await mailTo(inbox, learner.email, 2);

    const { context, page } = await newVisitor(suite.browser());
    await signInVisitor(context, platform, course.staff);
    await page.goto(site.at(`/staff/courses/${course.id}`));
    const messages = page.getByTestId('term-messages');
    await messages.waitFor();
    const emailReached = messages.locator('[data-channel="EMAIL"] [data-testid="reach-reached"]');
    await expect.poll(() => emailReached.textContent()).toBe('1');
    const words = '다음 주 수업은 3층 강의실에서 합니다.';
    await page.getByTestId('course-message').fill(words);
    await page.getByTestId('send-course-message').click();
    await expect
      .poll(() => page.getByTestId('course-message-sent').textContent())
      .toBe(text('staffTerm', 'ko', 'messages.sent_other', { count: 1 }));
    await page.getByTestId('sent-messages').getByText(words).waitFor();
    const [, , told] = await mailTo(inbox, learner.email, 3);
    expect(told?.text).toContain(words);
    await settled(page);
    await screenshot(page, 'staff-term-suwon-messages-phone');
    await expectAccessible(page, 'course messages');
    await context.close();
  });
});

describe('undelivered messages, for the city staff', () => {
  it('lists what a mailbox refused and sends it again once it is fixed', { timeout: 90_000 }, async () => {
    const platform = suite.platform();
    const site = suite.site('namyangju');
    const course = await oneSeatCourse(platform, 'namyangju', '와부읍');
    const learner = await signUp(platform, { residenceCityId: 'namyangju' });
    const [verification] = await mailTo(inbox, learner.email);
    await platform.query('mutation ($t: String!) { verifyEmail(token: $t) }', {
      t: linkToken(verification!, '/account/verify-email'),
    });
    inbox.refuse.add(learner.email.toLowerCase());
    try {
      await applyAs(platform, learner, course.id);
      // The refusal is final at once (550): the message is set aside within the dispatcher's next runs.
      await expect
        .poll(
          async () => {
            const dead = await platform.query<{ deadNotifications: { kind: string }[] }>(
              '{ deadNotifications(cityId: "namyangju") { kind } }',
              {},
              course.staff.auth,
            );
            return dead.body.data?.deadNotifications.some((d) => d.kind === 'ENROLLED');
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      const { context, page } = await newVisitor(suite.browser(), { locale: 'en-US' });
      await signInVisitor(context, platform, course.staff);
      await page.goto(site.at('/staff'));
      await page.getByTestId('to-undelivered').click();
      const row = page.locator('[data-testid="dead-notification"][data-kind="ENROLLED"]');
      await new Promise((r) => setTimeout(r, 3000));
      await screenshot(page, 'debug-undelivered');
      await expect
        .poll(
          async () => {
            if ((await row.count()) === 0) await page.reload();
            return row.count();
          },
          { timeout: 20_000 },
        )
        .toBeGreaterThan(0);
      expect(await row.first().textContent()).toContain('SMTP reply 550');
      expect(await page.textContent('body')).not.toContain(learner.email);
      await settled(page);
      await screenshot(page, 'undelivered-namyangju-phone');
      await expectAccessible(page, 'undelivered messages');

      inbox.refuse.delete(learner.email.toLowerCase());
      await row.first().getByTestId('choose-dead').check();
      await page.getByTestId('send-again').click();
      await expect
        .poll(() => page.getByTestId('sent-again').textContent())
        .toBe(text('staffCity', 'en', 'undelivered.sentAgain_one', { count: 1 }));
      await mailTo(inbox, learner.email, 2);
      await context.close();
    } finally {
      inbox.refuse.delete(learner.email.toLowerCase());
    }
  });
});

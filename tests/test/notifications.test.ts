// Notifications through the gateway, with a real SMTP server on loopback and a stand-in of the
// KakaoTalk provider's API: a new address confirmed by the link mailed to it, a waitlisted
// learner told of their promotion in their language by email and KakaoTalk, nothing lost while
// the SMTP server is down, the notification centre, and password reset.
import {
  type SensStandIn,
  type SmtpInbox,
  startSensStandIn,
  startSmtpInbox,
} from '@baeumteo/notifications/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps } from '../src/academic.ts';
import { signIn, signUp, type TestAccount } from '../src/accounts.ts';
import { linkToken, mailTo } from '../src/mail.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let inbox: SmtpInbox;
let sens: SensStandIn;
let setup: AcademicSetup;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  sens = await startSensStandIn();
  platform = await startPlatform({
    relays: true,
    notifications: {
      email: { url: inbox.url, from: 'noreply@baeumteo.test', timeoutMs: 2_000 },
      kakao: {
        apiUrl: sens.url,
        serviceId: sens.serviceId,
        accessKey: sens.accessKey,
        secretKey: sens.secretKey,
        channelId: sens.channelId,
      },
      siteUrl: 'https://{city}.sites.test',
      // Tests run at any hour: the night-time hold is tested on its own (subgraphs/notifications).
      quietHours: null,
      dispatch: { intervalMs: 100, waitingRetry: { baseMs: 500, maxMs: 4_000 } },
    },
  });
  setup = await academicSetup(platform);
});
afterAll(async () => {
  await platform?.stop();
  await inbox?.stop();
  await sens?.close();
});

const { openCourse, apply } = courseSteps(() => setup);

const verify = (token: string) =>
  platform.query<{ verifyEmail: boolean }>('mutation ($t: String!) { verifyEmail(token: $t) }', { t: token });

/** A new learner whose address is confirmed through the link the platform mailed to it. */
async function verifiedLearner(overrides: Parameters<typeof signUp>[1] = {}): Promise<TestAccount> {
  const learner = await signUp(platform, overrides);
  const [mail] = await mailTo(inbox, learner.email);
  expect((await verify(linkToken(mail!, '/account/verify-email'))).body.data?.verifyEmail).toBe(true);
  return learner;
}

describe('email verification', () => {
  it('mails a new account a link that confirms its address once, in its language', async () => {
    const learner = await signUp(platform, { residenceCityId: 'ansan', preferredLocale: 'ZH' });
    const me = () =>
      platform.query<{ me: { emailVerified: boolean } }>('{ me { emailVerified } }', {}, learner.auth);
    expect((await me()).body.data?.me.emailVerified).toBe(false);

    const [mail] = await mailTo(inbox, learner.email);
    expect(mail?.subject).toBe('[Ansan Lifelong Learning Baeumteo] 请确认您的电子邮箱地址');
    const token = linkToken(mail!, 'https://ansan.sites.test/account/verify-email');
    expect((await verify(token)).body.data?.verifyEmail).toBe(true);
    expect((await me()).body.data?.me.emailVerified).toBe(true);
    // Used once: the same link confirms nothing again.
    expect((await verify(token)).body.data?.verifyEmail).toBe(false);
  });

  it('confirms once when the same link is opened several times at once', async () => {
    const learner = await signUp(platform);
    const token = linkToken((await mailTo(inbox, learner.email))[0]!, '/account/verify-email');
    const answers = await Promise.all(Array.from({ length: 5 }, () => verify(token)));
    expect(answers.map((a) => a.body.data?.verifyEmail).sort()).toEqual([false, false, false, false, true]);
  });

  it('refuses what is not a link of ours with BAD_USER_INPUT', async () => {
    const response = await verify("' or 1=1 --");
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });
});

describe('a waitlisted learner promoted by a cancellation', () => {
  it('is told at once by email in their language and by KakaoTalk, and finds it in the notification centre', async () => {
    const first = await verifiedLearner({ residenceCityId: 'suwon' });
    const second = await verifiedLearner({ residenceCityId: 'suwon', preferredLocale: 'VI' });
    const phone = await platform.query<{ setNotificationPhone: string }>(
      'mutation { setNotificationPhone(number: "010-2345-6789", consent: true) }',
      {},
      second.auth,
    );
    expect(phone.body.data?.setNotificationPhone).toBe('010-****-6789');

    const course = await openCourse({ capacity: 1 });
    const seat = await apply(first, course.id);
    expect((await apply(second, course.id)).body.data?.applyToCourse).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    const [, waitlisted] = await mailTo(inbox, second.email, 2);
    expect(waitlisted?.subject).toMatch(/^\[Suwon Lifelong Learning Baeumteo\] Danh sách chờ \(số 1\): /);

    const cancelled = await platform.query(
      'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
      { e: seat.body.data?.applyToCourse.id },
      first.auth,
    );
    expect(cancelled.body.errors).toBeUndefined();
    const started = Date.now();
    const promoted = (await mailTo(inbox, second.email, 3))[2];
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(promoted?.subject).toMatch(/^\[Suwon Lifelong Learning Baeumteo\] Đã có chỗ: bạn được nhận vào /);
    expect(promoted?.text).toContain(`https://suwon.sites.test/courses/${course.id}`);
    expect(promoted?.html).toContain('#1F7C1F'); // Suwon's colour

    await expect
      .poll(() => sens.received.map((r) => r.templateCode), { timeout: 5_000 })
      .toContain('BAEUMTEO_PROMOTED_VI');
    const kakao = sens.received.find((r) => r.templateCode === 'BAEUMTEO_PROMOTED_VI');
    expect(kakao?.messages[0]?.to).toBe('01023456789');

    const centre = await platform.query<{
      me: { unreadNotificationCount: number; notifications: { kind: string; title: string; link: string }[] };
    }>('{ me { unreadNotificationCount notifications { kind title link } } }', {}, second.auth);
    expect(centre.body.data?.me.notifications.map((n) => n.kind)).toEqual(['PROMOTED', 'WAITLISTED']);
    expect(centre.body.data?.me.notifications[0]?.title).toMatch(/^Đã có chỗ/);
    expect(centre.body.data?.me.unreadNotificationCount).toBe(2);
    const read = await platform.query('mutation { markNotificationsRead }', {}, second.auth);
    expect(read.body.data).toEqual({ markNotificationsRead: 2 });

    // Nobody else reads them.
    const other = await platform.query(
      'query ($id: ID!) { learner(id: $id) { notifications { id } } }',
      { id: second.id },
      first.auth,
    );
    expect(other.body.data?.learner ?? null).toBeNull();
  });

  it('refuses a number that is not a Korean mobile number, and a number without consent', async () => {
    const learner = await signUp(platform);
    for (const [number, consent, field] of [
      ['02-123-4567', true, 'number'],
      ['010-1234-5678; drop table', true, 'number'],
      ['010-1234-5678', false, 'consent'],
    ] as const) {
      const response = await platform.query(
        'mutation ($n: String!, $c: Boolean!) { setNotificationPhone(number: $n, consent: $c) }',
        { n: number, c: consent },
        learner.auth,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const me = await platform.query<{ me: { notificationPhone: string | null } }>(
      '{ me { notificationPhone } }',
      {},
      learner.auth,
    );
    expect(me.body.data?.me.notificationPhone).toBeNull();
  });
});

describe('with the SMTP server down for a minute', () => {
  it('answers every application at once and delivers every message once it is back', async () => {
    const learners = await Promise.all([1, 2, 3].map(() => verifiedLearner({ residenceCityId: 'suwon' })));
    const course = await openCourse({ capacity: 2 });
    const port = inbox.port;
    await inbox.stop();
    const answers = await Promise.all(learners.map((l) => apply(l, course.id)));
    expect(answers.map((a) => a.body.data?.applyToCourse.status).sort()).toEqual([
      'ENROLLED',
      'ENROLLED',
      'WAITLISTED',
    ]);
    await new Promise((r) => setTimeout(r, 60_000));
    await inbox.start();
    expect(inbox.port).toBe(port);
    for (const learner of learners) {
      const mails = await mailTo(inbox, learner.email, 2, 20_000);
      expect(mails).toHaveLength(2);
    }
  }, 120_000);
});

describe('password reset', () => {
  const request = (email: string) =>
    platform.query<{ requestPasswordReset: boolean }>(
      'mutation ($e: String!) { requestPasswordReset(email: $e) }',
      {
        e: email,
      },
    );
  const reset = (token: string, password: string) =>
    platform.query<{ resetPassword: boolean }>(
      'mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }',
      {
        t: token,
        p: password,
      },
    );

  it('answers the same for an address without an account, and mails nothing', async () => {
    const nobody = 'nobody-here@test.baeumteo.kr';
    expect((await request(nobody)).body.data?.requestPasswordReset).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000));
    await expect(mailTo(inbox, nobody, 1, 0)).rejects.toThrow('0 of 1 messages');
  });

  it('sets a new password once with the mailed link and ends every session', async () => {
    const learner = await signUp(platform, { preferredLocale: 'EN' });
    expect((await request(learner.email.toUpperCase())).body.data?.requestPasswordReset).toBe(true);
    const mails = await mailTo(inbox, learner.email, 2);
    const mail = mails.find((m) => m.subject?.includes('Reset your password'));
    const token = linkToken(mail!, '/account/reset-password');

    expect((await reset(token, 'short')).body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await reset(token, 'a brand new passphrase')).body.data?.resetPassword).toBe(true);
    expect((await reset(token, 'another new passphrase')).body.data?.resetPassword).toBe(false);

    const old = await platform.query('{ me { id } }', {}, learner.auth);
    expect(old.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await signIn(platform, learner.email, 'a brand new passphrase');
    const me = await platform.query<{ me: { emailVerified: boolean } }>(
      '{ me { emailVerified } }',
      {},
      again.auth,
    );
    // The link reached the address: it counts as confirmed.
    expect(me.body.data?.me.emailVerified).toBe(true);
  });
});

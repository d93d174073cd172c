// A learner's choices about their messages and a course's reach, through the gateway with a real
// SMTP server on loopback: kinds turned off and a language chosen change what arrives, every
// email's unsubscribe link works without signing in; a city's staff see how many of a course's
// learners were reached by which channel, message its applicants, and see and resend what could
// not be delivered (and nobody else does any of it).
import { type SmtpInbox, startSmtpInbox } from '@baeumteo/notifications/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { confirmedLearner, mailingPlatform, mailTo } from '../src/mail.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let inbox: SmtpInbox;
let setup: AcademicSetup;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  platform = await startPlatform(mailingPlatform(inbox));
  setup = await academicSetup(platform);
});
afterAll(async () => {
  await platform?.stop();
  await inbox?.stop();
});

const { openCourse, apply } = courseSteps(() => setup);

interface Preferences {
  language: string | null;
  kinds: { kind: string; channels: string[]; timeCritical: boolean }[];
}

const setPreferences = (learner: TestAccount, input: Record<string, unknown>) =>
  platform.query<{ setNotificationPreferences: Preferences }>(
    'mutation ($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { language kinds { kind channels timeCritical } } }',
    { input },
    learner.auth,
  );

const unsubscribe = (token: string, kind?: string) =>
  platform.query<{ unsubscribe: boolean }>(
    'mutation ($t: String!, $k: NotificationKind) { unsubscribe(token: $t, kind: $k) }',
    { t: token, k: kind ?? null },
  );

const unsubscribeLink = (text: string | undefined) =>
  /\/unsubscribe\?token=([0-9a-f]{64})&kind=([A-Z_]+)/.exec(text ?? '');

describe('notification preferences', () => {
  it('sends a kind turned off by email only to the centre, and writes in the language chosen', async () => {
    const learner = await confirmedLearner(platform, inbox, {
      residenceCityId: 'suwon',
      preferredLocale: 'KO',
    });
    const chosen = await setPreferences(learner, {
      language: 'EN',
      kinds: [{ kind: 'WAITLISTED', channels: [] }],
    });
    expect(chosen.body.errors).toBeUndefined();
    expect(chosen.body.data?.setNotificationPreferences.language).toBe('EN');
    expect(
      chosen.body.data?.setNotificationPreferences.kinds.find((k) => k.kind === 'WAITLISTED')?.channels,
    ).toEqual([]);

    const course = await openCourse({ capacity: 1 });
    const first = await confirmedLearner(platform, inbox);
    await apply(first, course.id);
    expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('WAITLISTED');
    // The centre lists it, in English; no email comes.
    let centre: { kind: string; title: string }[] = [];
    for (let i = 0; i < 100 && centre.length === 0; i++) {
      const r = await platform.query<{ me: { notifications: { kind: string; title: string }[] } }>(
        '{ me { notifications { kind title } } }',
        {},
        learner.auth,
      );
      centre = r.body.data?.me.notifications ?? [];
      if (centre.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(centre).toEqual([{ kind: 'WAITLISTED', title: expect.stringMatching(/waitlist/i) }]);
    await new Promise((r) => setTimeout(r, 1_000)); // the dispatcher runs every 100 ms
    expect(await mailTo(inbox, learner.email)).toHaveLength(1); // the verification only
  });

  it('refuses an account message, a kind twice and a stranger, changing nothing', async () => {
    const learner = await signUp(platform);
    const account = await setPreferences(learner, { kinds: [{ kind: 'PASSWORD_RESET', channels: [] }] });
    expect(account.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await setPreferences(learner, {
      language: 'VI',
      kinds: [
        { kind: 'ENROLLED', channels: [] },
        { kind: 'ENROLLED', channels: ['EMAIL'] },
      ],
    });
    expect(twice.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await platform.query(
      'mutation { setNotificationPreferences(input: { language: EN }) { language } }',
    );
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stored = await platform.query<{ me: { notificationPreferences: Preferences } }>(
      '{ me { notificationPreferences { language kinds { kind channels } } } }',
      {},
      learner.auth,
    );
    expect(stored.body.data?.me.notificationPreferences.language).toBeNull();
    expect(
      stored.body.data?.me.notificationPreferences.kinds.every((k) => k.channels.includes('EMAIL')),
    ).toBe(true);
  });

  it('stops a kind of email from the link in a message, without signing in, once however often it is followed', async () => {
    const learner = await confirmedLearner(platform, inbox, { residenceCityId: 'suwon' });
    const course = await openCourse({ capacity: 3 });
    await apply(learner, course.id);
    const [, enrolled] = await mailTo(inbox, learner.email, 2);
    const link = unsubscribeLink(enrolled?.text);
    expect(link?.[2]).toBe('ENROLLED');
    expect(enrolled?.text).toContain(`https://suwon.sites.test/unsubscribe?token=${link![1]}&kind=ENROLLED`);
    const answers = await Promise.all([1, 2, 3].map(() => unsubscribe(link![1]!, 'ENROLLED')));
    expect(answers.map((a) => a.body.data?.unsubscribe)).toEqual([true, true, true]);

    const stored = await platform.query<{ me: { notificationPreferences: Preferences } }>(
      '{ me { notificationPreferences { kinds { kind channels } } } }',
      {},
      learner.auth,
    );
    const kinds = stored.body.data!.me.notificationPreferences.kinds;
    expect(kinds.find((k) => k.kind === 'ENROLLED')?.channels).toEqual(['KAKAO']);
    expect(kinds.find((k) => k.kind === 'COURSE_CANCELLED')?.channels).toEqual(['EMAIL', 'KAKAO']);

    // Unknown, malformed and account-message links are refused with a code.
    const unknown = await unsubscribe('0'.repeat(64));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await unsubscribe('abc')).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const account = await unsubscribe(link![1]!, 'PASSWORD_RESET');
    expect(account.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("puts in an account message a link that stops the learning emails, never the account's own", async () => {
    const learner = await signUp(platform);
    const [verification] = await mailTo(inbox, learner.email);
    const link = /\/unsubscribe\?token=([0-9a-f]{64})(&kind=\w+)?\s/.exec(`${verification?.text ?? ''} `);
    expect(link?.[1]).toBeDefined();
    expect(link?.[2]).toBeUndefined();
    expect((await unsubscribe(link![1]!)).body.data?.unsubscribe).toBe(true);
    const stored = await platform.query<{ me: { notificationPreferences: Preferences } }>(
      '{ me { notificationPreferences { kinds { kind channels } } } }',
      {},
      learner.auth,
    );
    expect(
      stored.body.data?.me.notificationPreferences.kinds.every((k) => !k.channels.includes('EMAIL')),
    ).toBe(true);
    // Account messages still come: a reset the learner asks for arrives.
    await platform.query('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: learner.email });
    const [, reset] = await mailTo(inbox, learner.email, 2);
    expect(reset?.text).toContain('/account/reset-password?token=');
  });
});

describe("a course's reach", () => {
  const reachQuery = `query ($id: ID!) { course(id: $id) { id notificationReach { learners channels { channel reached pending failed skipped } } } }`;

  it("shows the city's staff how many learners were reached by email, and nobody else", async () => {
    const course = await openCourse({ capacity: 3 });
    const reached = [await confirmedLearner(platform, inbox), await confirmedLearner(platform, inbox)];
    const unverified = await signUp(platform);
    for (const learner of [...reached, unverified]) await apply(learner, course.id);
    for (const learner of reached) await mailTo(inbox, learner.email, 2);

    type Reach = {
      learners: number;
      channels: { channel: string; reached: number; pending: number; failed: number; skipped: number }[];
    };
    let reach: Reach | null = null;
    for (let i = 0; i < 100; i++) {
      const r = await platform.query<{ course: { notificationReach: Reach } }>(
        reachQuery,
        { id: course.id },
        setup.staff.auth,
      );
      reach = r.body.data?.course.notificationReach ?? null;
      if (reach?.channels[0]?.reached === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(reach?.learners).toBe(3);
    // The unverified address waits a while for its confirmation (pending), and is never sent to.
    expect(reach?.channels.find((c) => c.channel === 'EMAIL')).toEqual({
      channel: 'EMAIL',
      reached: 2,
      pending: 1,
      failed: 0,
      skipped: 0,
    });
    expect(reach?.channels.find((c) => c.channel === 'KAKAO')).toEqual({
      channel: 'KAKAO',
      reached: 0,
      pending: 0,
      failed: 0,
      skipped: 0,
    });

    const other = await platform.query(reachQuery, { id: course.id }, setup.otherStaff.auth);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resident = await platform.query(reachQuery, { id: course.id }, reached[0]!.auth);
    expect(resident.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("a notice to a course's applicants", () => {
  const send = (by: TestAccount, courseId: string, message: string) =>
    platform.query<{ sendCourseNotice: { id: string; message: string; recipients: number } }>(
      'mutation ($c: ID!, $m: String!) { sendCourseNotice(courseId: $c, message: $m) { id message recipients } }',
      { c: courseId, m: message },
      by.auth,
    );

  it('reaches the enrolled and the waitlisted in their centres and inboxes, at most three a day however many are sent at once, each recipient in the access log', async () => {
    const course = await openCourse({ capacity: 1 });
    const enrolled = await confirmedLearner(platform, inbox, { preferredLocale: 'EN' });
    const waitlisted = await confirmedLearner(platform, inbox);
    const gone = await confirmedLearner(platform, inbox);
    await apply(enrolled, course.id);
    await apply(waitlisted, course.id);
    const left = await apply(gone, course.id);
    await platform.query(
      'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
      { e: left.body.data!.applyToCourse.id },
      gone.auth,
    );

    const text = '3월 9일 수업은 2층 세미나실에서 합니다.';
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) => send(setup.staff, course.id, `${text} (${n})`)),
    );
    const sent = answers.filter((a) => a.body.data?.sendCourseNotice);
    expect(sent).toHaveLength(3);
    expect(sent.every((a) => a.body.data?.sendCourseNotice.recipients === 2)).toBe(true);
    const refused = answers.find((a) => a.body.errors);
    expect(refused?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    // enrolled: verification, enrollment, three messages; in English around the staff's words.
    const mail = await mailTo(inbox, enrolled.email, 5);
    const notices = mail.filter((m) => m.subject?.includes('A message about'));
    expect(notices).toHaveLength(3);
    expect(notices[0]?.text).toContain(text);
    await mailTo(inbox, waitlisted.email, 5);
    await new Promise((r) => setTimeout(r, 500));
    expect((await mailTo(inbox, gone.email, 1)).filter((m) => m.text?.includes(text))).toHaveLength(0);

    const centre = await platform.query<{ me: { notifications: { kind: string; body: string }[] } }>(
      '{ me { notifications { kind body } } }',
      {},
      waitlisted.auth,
    );
    expect(centre.body.data?.me.notifications.filter((n) => n.kind === 'COURSE_MESSAGE')).toHaveLength(3);

    const log = await platform.query<{ me: { coursesAccessLog: { action: string; actorId: string }[] } }>(
      '{ me { coursesAccessLog { action actorId } } }',
      {},
      enrolled.auth,
    );
    expect(
      log.body.data?.me.coursesAccessLog.filter(
        (e) => e.action === 'MESSAGE_APPLICANTS' && e.actorId === setup.staff.id,
      ),
    ).toHaveLength(3);

    const listed = await platform.query<{
      course: { staffMessages: { message: string; recipients: number }[] };
    }>(
      'query ($id: ID!) { course(id: $id) { staffMessages { message recipients } } }',
      { id: course.id },
      setup.staff.auth,
    );
    expect(listed.body.data?.course.staffMessages).toHaveLength(3);
  });

  it("refuses an empty or long message, another city's staff and a resident, sending nothing", async () => {
    const course = await openCourse({ capacity: 2 });
    const learner = await confirmedLearner(platform, inbox);
    await apply(learner, course.id);
    expect((await send(setup.staff, course.id, '   ')).body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'message',
    });
    expect((await send(setup.staff, course.id, '가'.repeat(1001))).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await send(setup.otherStaff, course.id, '안내')).body.errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await send(learner, course.id, '안내')).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listed = await platform.query<{ course: { staffMessages: unknown[] } }>(
      'query ($id: ID!) { course(id: $id) { staffMessages { id } } }',
      { id: course.id },
      setup.staff.auth,
    );
    expect(listed.body.data?.course.staffMessages).toEqual([]);
    const other = await platform.query(
      'query ($id: ID!) { course(id: $id) { staffMessages { id } } }',
      { id: course.id },
      setup.otherStaff.auth,
    );
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('undelivered messages', () => {
  const deadQuery = `query ($c: ID!) { deadNotifications(cityId: $c) { id kind channel attempts lastError } }`;
  type Dead = { id: string; kind: string; channel: string; attempts: number; lastError: string | null };

  it("lists a refused message to the city's staff without its recipient, and sends it again once asked", async () => {
    const learner = await confirmedLearner(platform, inbox, { residenceCityId: 'suwon' });
    inbox.refuse.add(learner.email.toLowerCase());
    try {
      const course = await openCourse({ capacity: 3 });
      await apply(learner, course.id);
      let dead: Dead[] = [];
      for (let i = 0; i < 100; i++) {
        const r = await platform.query<{ deadNotifications: Dead[] }>(
          deadQuery,
          { c: 'suwon' },
          setup.staff.auth,
        );
        dead = r.body.data?.deadNotifications ?? [];
        if (dead.some((d) => d.kind === 'ENROLLED')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const refused = dead.find((d) => d.kind === 'ENROLLED');
      // A first try may have waited for the address's confirmation to arrive: one or two tries.
      expect(refused).toMatchObject({ channel: 'EMAIL', lastError: 'SMTP reply 550' });
      expect(refused?.attempts).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(dead)).not.toContain(learner.email);

      const other = await platform.query(deadQuery, { c: 'suwon' }, setup.otherStaff.auth);
      expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const stranger = await platform.query(
        'mutation ($c: ID!, $ids: [ID!]!) { requeueDeadNotifications(cityId: $c, ids: $ids) }',
        { c: 'seongnam', ids: [refused!.id] },
        setup.otherStaff.auth,
      );
      expect(stranger.body.data).toEqual({ requeueDeadNotifications: 0 });

      inbox.refuse.delete(learner.email.toLowerCase());
      const again = await platform.query<{ requeueDeadNotifications: number }>(
        'mutation ($c: ID!, $ids: [ID!]!) { requeueDeadNotifications(cityId: $c, ids: $ids) }',
        { c: 'suwon', ids: [refused!.id] },
        setup.staff.auth,
      );
      expect(again.body.data?.requeueDeadNotifications).toBe(1);
      const [, enrolled] = await mailTo(inbox, learner.email, 2);
      expect(enrolled?.subject).toContain('[수강 확정]');
    } finally {
      inbox.refuse.delete(learner.email.toLowerCase());
    }
  });
});

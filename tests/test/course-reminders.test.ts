// Courses tells its learners about their course's time and place through the gateway, with the
// relays on and a real SMTP server on loopback: the day-before reminder of the first session
// (once, however many workers find it due at once), and a published course's new schedule or
// venue, to everyone waiting for or holding a place in it and nobody else.
import { type SmtpInbox, startSmtpInbox } from '@baeumteo/notifications/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, iso } from '../src/academic.ts';
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

type Centre = { me: { notifications: { kind: string; title: string; body: string }[] } };
const centre = async (learner: TestAccount) =>
  (await platform.query<Centre>('{ me { notifications { kind title body } } }', {}, learner.auth)).body.data
    ?.me.notifications ?? [];

/** Noon tomorrow, Korea time (UTC+9), whatever the hour the test runs at. */
function noonTomorrowInKorea(): Date {
  const korea = new Date(Date.now() + 9 * 3_600_000);
  return new Date(Date.UTC(korea.getUTCFullYear(), korea.getUTCMonth(), korea.getUTCDate() + 1, 3));
}

const sessionsMutation = `mutation ($id: ID!, $input: RescheduleCourseInput!) {
  rescheduleCourse(id: $id, input: $input) { id startsAt venue { id name } sessions { startsAt endsAt } }
}`;

describe('the day-before reminder', () => {
  it('mails an enrolled learner once when the first session is tomorrow, even with two workers at once', async () => {
    const seated = await confirmedLearner(platform, inbox, {
      residenceCityId: 'suwon',
      preferredLocale: 'EN',
    });
    const waiting = await confirmedLearner(platform, inbox, {
      residenceCityId: 'suwon',
      preferredLocale: 'EN',
    });
    const first = noonTomorrowInKorea();
    const created = await platform.query<{ createCourse: { id: string } }>(
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          cityId: 'suwon',
          titleKo: '내일 시작하는 목공 교실',
          titleEn: 'Woodwork starting tomorrow',
          descriptionKo: '목공 기초',
          category: 'CULTURE_ARTS',
          format: 'OFFLINE',
          venueId: setup.venueId,
          capacity: 1,
          selection: 'FIRST_COME',
          eligibility: 'ANYONE',
          applicationOpensAt: iso(-60_000),
          applicationClosesAt: iso(60_000),
          sessions: [
            { startsAt: first.toISOString(), endsAt: new Date(first.getTime() + 7_200_000).toISOString() },
          ],
        },
      },
      setup.staff.auth,
    );
    const courseId = created.body.data!.createCourse.id;
    await platform.query(
      'mutation ($id: ID!) { publishCourse(id: $id) { id } }',
      { id: courseId },
      setup.staff.auth,
    );
    expect((await apply(seated, courseId)).body.data?.applyToCourse.status).toBe('ENROLLED');
    expect((await apply(waiting, courseId)).body.data?.applyToCourse.status).toBe('WAITLISTED');

    const { reminders } = platform.services.courses;
    const queued = await Promise.all([reminders.runOnce(), reminders.runOnce()]);
    expect(queued.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    // enrolled, verified: 2 messages before; the reminder is the third.
    const mails = await mailTo(inbox, seated.email, 3);
    const reminder = mails.find((m) => m.subject?.includes('Tomorrow: your first session of'));
    expect(reminder?.subject).toContain('Woodwork starting tomorrow');
    expect(reminder?.text).toContain(`https://suwon.sites.test/courses/${courseId}`);

    // Later runs find nothing new: still one reminder, in the mailbox and in the centre.
    expect(await reminders.runOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 1_500));
    const again = inbox.messages.filter(
      (m) => m.subject?.includes('Tomorrow:') && m.subject.includes('Woodwork starting tomorrow'),
    );
    expect(again).toHaveLength(1);
    expect((await centre(seated)).filter((n) => n.kind === 'SESSION_REMINDER')).toHaveLength(1);
    // The waitlisted learner holds no seat: no reminder.
    expect((await centre(waiting)).map((n) => n.kind)).not.toContain('SESSION_REMINDER');
  });

  it('reminds again of a first session moved to another time tomorrow', async () => {
    const seated = await signUp(platform, { residenceCityId: 'suwon' });
    const course = await openCourse({ capacity: 1, closesInMs: 5_000 });
    expect((await apply(seated, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    const first = noonTomorrowInKorea();
    const moveTo = async (start: Date) => {
      const moved = await platform.query(
        sessionsMutation,
        {
          id: course.id,
          input: {
            sessions: [
              { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() },
            ],
          },
        },
        setup.staff.auth,
      );
      expect(moved.body.errors).toBeUndefined();
    };
    await moveTo(first);
    expect(await platform.services.courses.reminders.runOnce()).toBeGreaterThanOrEqual(1);
    await moveTo(new Date(first.getTime() + 3_600_000));
    expect(await platform.services.courses.reminders.runOnce()).toBeGreaterThanOrEqual(1);
    await expect
      .poll(async () => (await centre(seated)).filter((n) => n.kind === 'SESSION_REMINDER').length, {
        timeout: 10_000,
      })
      .toBe(2);
  });
});

describe('a published course changes time or place', () => {
  it('tells enrolled and waitlisted learners, in their centres, and nobody else', async () => {
    const [enrolled, waitlisted, cancelled, bystander] = await Promise.all([
      signUp(platform, { residenceCityId: 'suwon', preferredLocale: 'EN' }),
      signUp(platform, { residenceCityId: 'suwon' }),
      signUp(platform, { residenceCityId: 'suwon' }),
      signUp(platform, { residenceCityId: 'suwon' }),
    ]);
    const course = await openCourse({ capacity: 1 });
    expect((await apply(enrolled, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    expect((await apply(waitlisted, course.id)).body.data?.applyToCourse.status).toBe('WAITLISTED');
    const gone = await apply(cancelled, course.id);
    const cancel = await platform.query(
      'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
      { e: gone.body.data?.applyToCourse.id },
      cancelled.auth,
    );
    expect(cancel.body.errors).toBeUndefined();

    const hall = await platform.query<{ createVenue: { id: string } }>(
      'mutation { createVenue(input: { cityId: "suwon", name: "영통 평생학습관 대강당", kind: LEARNING_CENTER, address: "수원시 영통구 청명로 2" }) { id } }',
      {},
      setup.staff.auth,
    );
    // Whole seconds: DateTime answers carry no milliseconds.
    const start = new Date(Math.ceil(Date.parse(course.closesAt) / 1000) * 1000 + 3 * 86_400_000);
    const changed = await platform.query<{
      rescheduleCourse: { startsAt: string; venue: { name: string }; sessions: { startsAt: string }[] };
    }>(
      sessionsMutation,
      {
        id: course.id,
        input: {
          venueId: hall.body.data!.createVenue.id,
          sessions: [
            { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString() },
            { startsAt: iso(10 * 86_400_000), endsAt: iso(10 * 86_400_000 + 7_200_000) },
          ],
        },
      },
      setup.staff.auth,
    );
    expect(changed.body.errors).toBeUndefined();
    expect(Date.parse(changed.body.data!.rescheduleCourse.startsAt)).toBe(start.getTime());
    expect(changed.body.data?.rescheduleCourse.venue.name).toBe('영통 평생학습관 대강당');
    expect(changed.body.data?.rescheduleCourse.sessions).toHaveLength(2);

    const korea = new Date(start.getTime() + 9 * 3_600_000).toISOString();
    const when = `${korea.slice(0, 10)} ${korea.slice(11, 16)} (KST)`;
    for (const learner of [enrolled, waitlisted]) {
      await expect
        .poll(async () => (await centre(learner)).filter((n) => n.kind === 'COURSE_CHANGED'), {
          timeout: 10_000,
        })
        .toHaveLength(1);
      const [told] = (await centre(learner)).filter((n) => n.kind === 'COURSE_CHANGED');
      expect(told?.body).toContain(when);
      expect(told?.body).toContain('영통 평생학습관 대강당');
    }
    // In the learner's language once learners' contact (its own stream) has arrived: the centre
    // renders at reading time.
    await expect
      .poll(async () => (await centre(enrolled)).find((n) => n.kind === 'COURSE_CHANGED')?.title, {
        timeout: 10_000,
      })
      .toBe('Course changed: Smartphone class');
    // The one who cancelled, and those who never applied, are told nothing.
    await new Promise((r) => setTimeout(r, 1_000));
    for (const learner of [cancelled, bystander]) {
      expect((await centre(learner)).map((n) => n.kind)).not.toContain('COURSE_CHANGED');
    }

    // A new name for the venue reaches them too.
    const renamed = await platform.query(
      'mutation ($id: ID!) { updateVenue(id: $id, input: { name: "영통 평생학습관 소강당" }) { name } }',
      { id: hall.body.data!.createVenue.id },
      setup.staff.auth,
    );
    expect(renamed.body.errors).toBeUndefined();
    await expect
      .poll(async () => (await centre(waitlisted)).filter((n) => n.body.includes('소강당')).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect((await centre(bystander)).map((n) => n.kind)).not.toContain('COURSE_CHANGED');
  });

  it('refuses bad input, another city, and a cancelled course with a code, and changes nothing', async () => {
    const course = await openCourse();
    const learner = await signUp(platform, { residenceCityId: 'suwon' });
    await apply(learner, course.id);
    const otherVenue = await platform.query<{ createVenue: { id: string } }>(
      'mutation { createVenue(input: { cityId: "seongnam", name: "분당 평생학습원", kind: LEARNING_CENTER, address: "성남시 분당구 1" }) { id } }',
      {},
      setup.otherStaff.auth,
    );
    const later = iso(3 * 86_400_000);
    const one = [{ startsAt: later, endsAt: iso(3 * 86_400_000 + 3_600_000) }];
    const refusals: [Record<string, unknown>, string, string | undefined, TestAccount][] = [
      [{ sessions: [] }, 'BAD_USER_INPUT', 'input.sessions', setup.staff],
      [
        { sessions: [{ startsAt: later, endsAt: iso(3 * 86_400_000 - 60_000) }] },
        'BAD_USER_INPUT',
        'input.sessions[0].endsAt',
        setup.staff,
      ],
      [{ venueId: otherVenue.body.data!.createVenue.id }, 'BAD_USER_INPUT', 'input.venueId', setup.staff],
      [{}, 'BAD_USER_INPUT', 'input', setup.staff],
      [{ sessions: one }, 'NOT_FOUND', undefined, setup.otherStaff],
      [{ sessions: one }, 'NOT_FOUND', undefined, learner],
    ];
    for (const [input, code, field, by] of refusals) {
      const refused = await platform.query(sessionsMutation, { id: course.id, input }, by.auth);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    await platform.query(
      'mutation ($id: ID!) { cancelCourse(id: $id) { status } }',
      { id: course.id },
      setup.staff.auth,
    );
    const late = await platform.query(
      sessionsMutation,
      { id: course.id, input: { sessions: one } },
      setup.staff.auth,
    );
    expect(late.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const now = await platform.query<{
      course: { startsAt: string; sessions: unknown[]; venue: { id: string } };
    }>('query ($id: ID!) { course(id: $id) { startsAt sessions { startsAt } venue { id } } }', {
      id: course.id,
    });
    expect(now.body.data?.course.venue.id).toBe(setup.venueId);
    const second = (at: string) => Math.floor(Date.parse(at) / 1000);
    expect(second(now.body.data!.course.startsAt)).toBe(second(course.firstStart));
    expect(now.body.data?.course.sessions).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await centre(learner)).map((n) => n.kind)).not.toContain('COURSE_CHANGED');
  });
});

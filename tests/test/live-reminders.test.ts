// Live class reminders through the gateway, with a real SMTP server on loopback: a learner who
// asked to be reminded of a class starting in 10 minutes gets one email in their language and one
// LIVE_STARTING in their notification centre, however many reminder workers run at once; a
// learner who did not ask gets nothing.
import { type SmtpInbox, startSmtpInbox } from '@baeumteo/notifications/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { confirmedLearner, mailingPlatform, mailTo } from '../src/mail.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let inbox: SmtpInbox;
let staff: TestAccount;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  platform = await startPlatform(mailingPlatform(inbox));
  staff = await withRole(platform, 'CITY_STAFF', 'ansan');
});
afterAll(async () => {
  await platform?.stop();
  await inbox?.stop();
});

async function liveClass(startsInMs: number) {
  const created = await platform.query<{ createLiveSession: { id: string; startsAt: string } }>(
    'mutation ($i: CreateLiveSessionInput!) { createLiveSession(input: $i) { id startsAt } }',
    {
      i: {
        hostCityId: 'ansan',
        titleKo: '안산 다문화 가족 라이브 특강',
        startsAt: new Date(Date.now() + startsInMs).toISOString(),
        endsAt: new Date(Date.now() + startsInMs + 3_600_000).toISOString(),
        room: `ansan-${Date.now()}`,
      },
    },
    staff.auth,
  );
  if (!created.body.data) throw new Error(JSON.stringify(created.body.errors));
  return created.body.data.createLiveSession;
}

const remind = (who: TestAccount | null, sessionId: string, wish = true) =>
  platform.query<{ remindMeOfLiveSession: { id: string; remindMe: boolean | null } }>(
    'mutation ($s: ID!, $r: Boolean!) { remindMeOfLiveSession(sessionId: $s, remind: $r) { id remindMe } }',
    { s: sessionId, r: wish },
    who?.auth ?? {},
  );

const centre = async (who: TestAccount) =>
  (
    await platform.query<{ me: { notifications: { kind: string; title: string; link: string | null }[] } }>(
      '{ me { notifications { kind title link } } }',
      {},
      who.auth,
    )
  ).body.data?.me.notifications ?? [];

describe('a reminder of a live class about to start', () => {
  it('reaches the learner who asked once, by email in their language and in their centre, and nobody else', async () => {
    const asker = await confirmedLearner(platform, inbox, {
      residenceCityId: 'ansan',
      preferredLocale: 'VI',
    });
    const bystander = await confirmedLearner(platform, inbox, { residenceCityId: 'ansan' });
    const live = await liveClass(10 * 60_000);

    expect((await remind(asker, live.id)).body.data?.remindMeOfLiveSession).toEqual({
      id: live.id,
      remindMe: true,
    });
    // Asking again is the same wish.
    expect((await remind(asker, live.id)).body.data?.remindMeOfLiveSession.remindMe).toBe(true);
    const listed = await platform.query<{ liveSessions: { id: string; remindMe: boolean | null }[] }>(
      '{ liveSessions(upcoming: true) { id remindMe } }',
      {},
      bystander.auth,
    );
    expect(listed.body.data?.liveSessions.find((s) => s.id === live.id)?.remindMe).toBe(false);

    // Two workers at once (two instances of content), then the next minute's run.
    const content = platform.services.content;
    const runs = await Promise.all([content.queueLiveReminders(), content.queueLiveReminders()]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await content.queueLiveReminders()).toBe(0);

    const [, reminder] = await mailTo(inbox, asker.email, 2);
    expect(reminder?.subject).toBe(
      '[Ansan Lifelong Learning Baeumteo] Sắp bắt đầu: 안산 다문화 가족 라이브 특강',
    );
    expect(reminder?.text).toContain(`https://ansan.sites.test/live#live-${live.id}`);

    await expect
      .poll(async () => (await centre(asker)).filter((n) => n.kind === 'LIVE_STARTING'), { timeout: 5_000 })
      .toHaveLength(1);
    const [told] = (await centre(asker)).filter((n) => n.kind === 'LIVE_STARTING');
    expect(told?.title).toBe('Sắp bắt đầu: 안산 다문화 가족 라이브 특강');
    expect(told?.link).toBe(`https://ansan.sites.test/live#live-${live.id}`);

    // Still one email after the dispatcher has had time for a second; the bystander got only
    // their confirmation link.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await mailTo(inbox, asker.email)).toHaveLength(2);
    expect(await mailTo(inbox, bystander.email)).toHaveLength(1);
    expect((await centre(bystander)).map((n) => n.kind)).not.toContain('LIVE_STARTING');
  });

  it('is refused without sign-in and for an unknown class, with a code; an anonymous reader sees no wish', async () => {
    const learner = await signUp(platform);
    const live = await liveClass(60 * 60_000);
    expect((await remind(null, live.id)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await remind(learner, '00000000-0000-4000-8000-000000000000');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await platform.query<{ liveSessions: { id: string; remindMe: boolean | null }[] }>(
      '{ liveSessions(upcoming: true) { id remindMe } }',
    );
    expect(anonymous.body.data?.liveSessions.find((s) => s.id === live.id)?.remindMe).toBeNull();
  });
});

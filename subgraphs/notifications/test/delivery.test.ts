import { Writable } from 'node:stream';
import type { Database } from '@baeumteo/server';
import { setLogDestination } from '@baeumteo/server';
import { openTestDatabase } from '@baeumteo/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelName } from '../src/channels/channel.ts';
import { emailChannel } from '../src/channels/email.ts';
import { kakaoChannel } from '../src/channels/kakao.ts';
import { deliveries, notifications, phones, tables } from '../src/db/schema.ts';
import { type DispatchSettings, dispatchDue } from '../src/operations/dispatch.ts';
import { startDispatcher } from '../src/operations/dispatcher.ts';
import { takeNotices } from '../src/operations/intake.ts';
import { centreRepo } from '../src/repo/centre.ts';
import { deliveriesRepo } from '../src/repo/deliveries.ts';
import { siteLinks } from '../src/rules/sites.ts';
import { migrationsFolder } from '../src/service.ts';
import { type SensStandIn, startSensStandIn } from '../src/testing/sensStandIn.ts';
import { type SmtpInbox, startSmtpInbox } from '../src/testing/smtpInbox.ts';

const logs: string[] = [];
setLogDestination(
  new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  }),
);

let seq = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const nextId = () => uuid(++seq);
const course = { id: uuid(900_000), title: '우쿨렐레 입문', titleEn: 'Ukulele for beginners' };

/** Daytime in Korea (14:00 KST), moved by the tests. */
let clock = new Date('2027-03-02T05:00:00Z');
const now = () => clock;

function contact(learnerId: string, email: string, locale: 'KO' | 'EN' | 'ZH' | 'VI', verified = true) {
  return {
    id: nextId(),
    type: 'CONTACT',
    learnerId,
    cityId: 'siheung',
    name: locale === 'KO' ? '이하늘' : 'Tran Mai',
    email,
    emailVerified: verified,
    locale,
    occurredAt: clock.toISOString(),
  };
}

function notice(learnerId: string, kind: string, extra: Record<string, unknown> = {}) {
  return {
    id: nextId(),
    learnerId,
    cityId: 'siheung',
    occurredAt: clock.toISOString(),
    kind,
    course,
    ...extra,
  };
}

describe('notifications by email and KakaoTalk', () => {
  let database: Database<typeof tables>;
  let close: () => Promise<void>;
  let inbox: SmtpInbox;
  let sens: SensStandIn;
  let settings: DispatchSettings;
  const channelsFor = (inboxUrl: string): Map<ChannelName, Channel> =>
    new Map<ChannelName, Channel>([
      ['EMAIL', emailChannel({ url: inboxUrl, from: 'noreply@baeumteo.test', timeoutMs: 2_000 })],
      [
        'KAKAO',
        kakaoChannel({
          apiUrl: sens.url,
          serviceId: sens.serviceId,
          accessKey: sens.accessKey,
          secretKey: sens.secretKey,
          channelId: sens.channelId,
        }),
      ],
    ]);
  const both: ChannelName[] = ['EMAIL', 'KAKAO'];

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase({
      name: 'notifications',
      schema: tables,
      migrationsFolder,
    }));
    inbox = await startSmtpInbox();
    sens = await startSensStandIn();
    settings = {
      channels: channelsFor(inbox.url),
      links: siteLinks('https://{city}.baeumteo.test'),
      now,
      retry: { baseMs: 1_000, maxMs: 60_000 },
      maxAttempts: 4,
    };
  });
  afterAll(async () => {
    await Promise.all([...(settings?.channels.values() ?? [])].map((c) => c.close?.()));
    await inbox.stop();
    await sens.close();
    await close();
  });
  beforeEach(() => {
    inbox.messages.length = 0;
    sens.received.length = 0;
    clock = new Date(clock.getTime() + 3_600_000 * 24);
    clock.setUTCHours(5, 0, 0, 0);
  });

  it('emails a promoted learner in their language, once however often the notice arrives, and by KakaoTalk too', async () => {
    const learner = nextId();
    await database.db
      .insert(phones)
      .values({ learnerId: learner, number: '01098765432', consentedAt: clock });
    const promoted = notice(learner, 'PROMOTED');
    const taken = await takeNotices(
      database,
      [contact(learner, 'mai@example.test', 'VI'), promoted],
      both,
      clock,
    );
    expect(taken).toEqual({ stored: 1, duplicates: 0, contacts: 1, rejected: [] });
    // The producer's relay sends the same notice again: nothing more is stored or sent.
    expect(await takeNotices(database, [promoted], both, clock)).toMatchObject({ stored: 0, duplicates: 1 });

    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 2, claimed: 2 });
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toBe(
      '[Siheung Lifelong Learning Baeumteo] Đã có chỗ: bạn được nhận vào Ukulele for beginners',
    );
    expect(mail?.to).toMatchObject({ value: [{ address: 'mai@example.test' }] });
    expect(mail?.from?.value[0]).toEqual({
      name: 'Siheung Lifelong Learning Baeumteo',
      address: 'noreply@baeumteo.test',
    });
    expect(mail?.text).toContain(`https://siheung.baeumteo.test/courses/${course.id}`);
    expect(mail?.html).toContain('lang="vi-VN"');
    expect(sens.received).toHaveLength(1);
    expect(sens.received[0]).toMatchObject({
      templateCode: 'BAEUMTEO_PROMOTED_VI',
      messages: [{ to: '01098765432' }],
    });

    expect(await dispatchDue(database, settings)).toMatchObject({ claimed: 0 });
    expect(inbox.messages).toHaveLength(1);
  });

  it('keeps every message while the SMTP server is down and delivers them all once it is back', async () => {
    const learners = [nextId(), nextId(), nextId()];
    await takeNotices(
      database,
      learners.flatMap((l, i) => [
        contact(l, `learner${i}@example.test`, 'KO'),
        notice(l, 'WAITLISTED', { position: i + 1 }),
      ]),
      ['EMAIL'],
      clock,
    );
    const port = inbox.port;
    await inbox.stop();
    // A minute of outage: every try fails, more often than a message may fail (4 here), and none
    // is given up, for nothing is wrong with them; each waits its backoff.
    for (let second = 0; second < 60; second += 5) {
      const batch = await dispatchDue(database, settings);
      expect(batch.sent).toBe(0);
      expect(batch.dead).toBe(0);
      clock = new Date(clock.getTime() + 5_000);
    }
    const pending = await database.db.select().from(deliveries).where(eq(deliveries.status, 'PENDING'));
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending).toHaveLength(3);
    expect(pending.every((d) => d.lastError === 'SMTP server unreachable (ESOCKET)' && d.attempts > 4)).toBe(
      true,
    );

    await inbox.start();
    expect(inbox.port).toBe(port);
    clock = new Date(clock.getTime() + 120_000);
    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 3 });
    const mails = await inbox.waitFor(3);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '[시흥시 평생학습 배움터] [대기 등록] 우쿨렐레 입문 (대기 1번)',
      '[시흥시 평생학습 배움터] [대기 등록] 우쿨렐레 입문 (대기 2번)',
      '[시흥시 평생학습 배움터] [대기 등록] 우쿨렐레 입문 (대기 3번)',
    ]);
  });

  it('sets aside a message its server refuses for good as a dead letter staff can see and send again', async () => {
    const learner = nextId();
    inbox.refuse.add('gone@example.test');
    await takeNotices(
      database,
      [contact(learner, 'gone@example.test', 'EN'), notice(learner, 'ENROLLED')],
      ['EMAIL'],
      clock,
    );
    expect(await dispatchDue(database, settings)).toMatchObject({ dead: 1 });
    const [dead] = await deliveriesRepo(database.db).deadLetters('siheung');
    expect(dead).toMatchObject({
      kind: 'ENROLLED',
      channel: 'EMAIL',
      attempts: 1,
      lastError: 'SMTP reply 550',
    });
    expect(await deliveriesRepo(database.db).deadLetters('suwon')).toEqual([]);

    inbox.refuse.delete('gone@example.test');
    expect(await deliveriesRepo(database.db).requeue('suwon', [dead?.id ?? ''], clock)).toBe(0);
    expect(await deliveriesRepo(database.db).requeue('siheung', [dead?.id ?? ''], clock)).toBe(1);
    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 1 });
    expect((await inbox.waitFor(1))[0]?.subject).toContain('You are enrolled: Ukulele for beginners');
  });

  it('sends nothing to an address nobody has verified, waits a while for its confirmation, and keeps the notification', async () => {
    const [waiting, never] = [nextId(), nextId()];
    await takeNotices(
      database,
      [
        contact(waiting, 'confirms-soon@example.test', 'KO', false),
        notice(waiting, 'ENROLLED'),
        contact(never, 'someone-else@example.test', 'KO', false),
        notice(never, 'ENROLLED'),
      ],
      ['EMAIL'],
      clock,
    );
    expect(await dispatchDue(database, settings)).toMatchObject({ failed: 2, sent: 0 });
    // The confirmation arrives on learners' stream a moment later: the message goes.
    clock = new Date(clock.getTime() + 60_000);
    await takeNotices(
      database,
      [contact(waiting, 'confirms-soon@example.test', 'KO', true)],
      ['EMAIL'],
      clock,
    );
    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 1, failed: 1 });
    expect((await inbox.waitFor(1))[0]?.to).toMatchObject({
      value: [{ address: 'confirms-soon@example.test' }],
    });
    // Never confirmed: after ten minutes it is set aside, and the centre still has it.
    clock = new Date(clock.getTime() + 10 * 60_000);
    expect(await dispatchDue(database, settings)).toMatchObject({ skipped: 1 });
    const [row] = await database.db
      .select({ status: deliveries.status, why: deliveries.lastError })
      .from(deliveries)
      .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
      .where(eq(notifications.learnerId, never));
    expect(row).toEqual({ status: 'SKIPPED', why: 'email not verified' });
    expect(await centreRepo(database.db).list(never, 20)).toHaveLength(1);
    expect(inbox.messages).toHaveLength(1);
  });

  it('holds a message of the night until 08:00 Korea time, but not a live class about to start', async () => {
    const learner = nextId();
    clock = new Date(clock.getTime());
    clock.setUTCHours(13, 30, 0, 0); // 22:30 KST
    await takeNotices(
      database,
      [
        contact(learner, 'night@example.test', 'EN'),
        notice(learner, 'COURSE_CANCELLED'),
        {
          id: nextId(),
          learnerId: learner,
          cityId: 'siheung',
          occurredAt: clock.toISOString(),
          kind: 'LIVE_STARTING',
          title: 'Evening live class',
          startsAt: new Date(clock.getTime() + 15 * 60_000).toISOString(),
          joinUrl: 'https://siheung.baeumteo.test/live/1',
        },
      ],
      ['EMAIL'],
      clock,
    );
    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 1 });
    expect((await inbox.waitFor(1))[0]?.subject).toContain('Starting soon: Evening live class');
    clock = new Date(clock.getTime() + 9 * 3_600_000); // 07:30 KST
    expect(await dispatchDue(database, settings)).toMatchObject({ claimed: 0 });
    clock = new Date(clock.getTime() + 30 * 60_000); // 08:00 KST
    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 1 });
    expect((await inbox.waitFor(2))[1]?.subject).toContain('Course cancelled: Ukulele for beginners');
  });

  it('sends each message once when several dispatchers drain at the same time', async () => {
    const learners = Array.from({ length: 12 }, () => nextId());
    await takeNotices(
      database,
      learners.flatMap((l, i) => [
        contact(l, `many${i}@example.test`, 'ZH'),
        notice(l, 'APPLICATION_RECEIVED'),
      ]),
      ['EMAIL'],
      clock,
    );
    const dispatchers = [1, 2, 3].map(() => startDispatcher(database, { ...settings, intervalMs: 60_000 }));
    const sent = await Promise.all(dispatchers.map((d) => d.drain()));
    await Promise.all(dispatchers.map((d) => d.stop()));
    settings.channels = channelsFor(inbox.url);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(12);
    const mails = await inbox.waitFor(12);
    await new Promise((r) => setTimeout(r, 200));
    expect(mails).toHaveLength(12);
    expect(new Set(mails.map((m) => (Array.isArray(m.to) ? '' : m.to?.text))).size).toBe(12);
  });

  it('sends an account message to the address it names, verified or not, then forgets its token and never lists it', async () => {
    const learner = nextId();
    const token = 'Zk3_x'.repeat(8).concat('abc');
    await takeNotices(
      database,
      [
        contact(learner, 'new-signup@example.test', 'EN', false),
        {
          id: nextId(),
          learnerId: learner,
          cityId: 'siheung',
          occurredAt: clock.toISOString(),
          kind: 'VERIFY_EMAIL',
          to: 'new-signup@example.test',
          token,
        },
      ],
      both,
      clock,
    );
    expect(await dispatchDue(database, settings)).toMatchObject({ sent: 1, claimed: 1 });
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toBe('[Siheung Lifelong Learning Baeumteo] Please confirm your email address');
    expect(mail?.text).toContain(`https://siheung.baeumteo.test/account/verify-email?token=${token}`);
    expect(sens.received).toHaveLength(0);
    const [kept] = await database.db.select().from(notifications).where(eq(notifications.learnerId, learner));
    expect(JSON.stringify(kept?.facts)).not.toContain(token);
    expect(await centreRepo(database.db).list(learner, 20)).toEqual([]);
    expect(await centreRepo(database.db).unreadCount(learner)).toBe(0);
  });

  it('refuses a malformed notice with its reason and stores nothing of it', async () => {
    const result = await takeNotices(
      database,
      [{ ...notice(nextId(), 'WAITLISTED'), position: -1 }],
      ['EMAIL'],
      clock,
    );
    expect(result).toEqual({
      stored: 0,
      duplicates: 0,
      contacts: 0,
      rejected: ['position: Too small: expected number to be >0'],
    });
  });

  it('never writes an address, a phone number or a message into its logs', () => {
    const text = logs.join('');
    expect(text).toContain('delivery failed; retrying later');
    expect(text).not.toMatch(/@example\.test/);
    expect(text).not.toContain('01098765432');
    expect(text).not.toContain('우쿨렐레');
  });
});

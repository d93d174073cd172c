// Live class reminders: the timing rule, the learner's wish (asked once, withdrawn, refused for a
// class that is unknown, started or over), and the worker that queues one LIVE_STARTING notice
// per learner who asked, 15 minutes or less before the start, however often and however many run.
import { randomUUID } from 'node:crypto';
import { type Caller, inTenant, rowsOf } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveSessions } from '../src/db/schema.ts';
import {
  assertRemindable,
  dueStarts,
  livePageUrl,
  REMIND_BEFORE_MS,
  reminderDue,
} from '../src/rules/liveReminders.ts';
import { startContent } from '../src/service.ts';

const minutes = (n: number) => n * 60_000;
const at = new Date('2026-12-08T10:00:00Z');
const startingIn = (ms: number) => ({ startsAt: new Date(at.getTime() + ms) });

describe('when a live class reminder is due', () => {
  it('is due from 15 minutes before the start until the start, never earlier nor after', () => {
    expect(REMIND_BEFORE_MS).toBe(minutes(15));
    expect(reminderDue(startingIn(minutes(16)), at)).toBe(false);
    expect(reminderDue(startingIn(minutes(15) + 1), at)).toBe(false);
    expect(reminderDue(startingIn(minutes(15)), at)).toBe(true);
    expect(reminderDue(startingIn(minutes(10)), at)).toBe(true);
    expect(reminderDue(startingIn(1), at)).toBe(true);
    expect(reminderDue(startingIn(0), at)).toBe(false);
    expect(reminderDue(startingIn(-minutes(5)), at)).toBe(false);
  });

  it('gives the worker the same bounds as the rule', () => {
    const { after, by } = dueStarts(at);
    expect(after).toEqual(at);
    expect(by.getTime() - at.getTime()).toBe(REMIND_BEFORE_MS);
    expect(reminderDue({ startsAt: by }, at)).toBe(true);
    expect(reminderDue({ startsAt: after }, at)).toBe(false);
  });

  it('may be asked for until the class starts, and not once it has started or is over', () => {
    const session = (startsInMs: number, endsInMs: number) => ({
      startsAt: new Date(at.getTime() + startsInMs),
      endsAt: new Date(at.getTime() + endsInMs),
    });
    expect(() => assertRemindable(session(minutes(60 * 24), minutes(60 * 25)), at)).not.toThrow();
    expect(() => assertRemindable(session(minutes(1), minutes(61)), at)).not.toThrow();
    expect(() => assertRemindable(session(0, minutes(60)), at)).toThrow(/already started/);
    expect(() => assertRemindable(session(-minutes(90), -minutes(30)), at)).toThrow(/over/);
  });

  it("links to the host city's live classes page, at the session's card", () => {
    expect(livePageUrl('https://{city}.baeumteo.kr/', 'ansan', 'abc')).toBe(
      'https://ansan.baeumteo.kr/live#live-abc',
    );
    expect(livePageUrl('http://localhost:5173', 'suwon', 'abc')).toBe('http://localhost:5173/live#live-abc');
  });
});

let subgraph: TestSubgraph<Awaited<ReturnType<typeof startContent>>>;
const service = () => subgraph.service;

beforeAll(async () => {
  subgraph = await startTestSubgraph((options) =>
    startContent({ ...options, siteUrl: 'https://{city}.sites.test' }),
  );
});
afterAll(() => subgraph?.stop());

const resident = (): Caller => ({
  id: randomUUID(),
  roles: [{ role: 'RESIDENT', cityId: null }],
  residenceCityId: 'ansan',
});

async function session(startsInMs: number, endsInMs = startsInMs + 3_600_000) {
  const [row] = await inTenant(service().database.db, '*', (tx) =>
    tx
      .insert(liveSessions)
      .values({
        hostCityId: 'ansan',
        titleKo: `안산 라이브 ${randomUUID().slice(0, 4)}`,
        startsAt: new Date(Date.now() + startsInMs),
        endsAt: new Date(Date.now() + endsInMs),
        capacity: 300,
        room: `room-${randomUUID().slice(0, 8)}`,
      })
      .returning(),
  );
  return row as typeof liveSessions.$inferSelect;
}

type Answer = { remindMeOfLiveSession: { id: string; remindMe: boolean | null } };
const remind = (caller: Caller | null, sessionId: string, wish = true) =>
  callSubgraph<Answer>(
    service().url,
    'mutation ($s: ID!, $r: Boolean!) { remindMeOfLiveSession(sessionId: $s, remind: $r) { id remindMe } }',
    { s: sessionId, r: wish },
    { caller },
  );
const remindMe = async (caller: Caller | null, sessionId: string) =>
  (
    await callSubgraph<{ _entities: { remindMe: boolean | null }[] }>(
      service().url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on LiveSession { remindMe } } }',
      { r: [{ __typename: 'LiveSession', id: sessionId }] },
      { caller },
    )
  ).data?._entities[0]?.remindMe;

/** The LIVE_STARTING notices queued for a session, as they will go to notifications. */
async function noticesOf(sessionId: string) {
  return rowsOf<{ id: string; verb: string; city_id: string; payload: Record<string, unknown> }>(
    await service().database.db.execute(
      sql`select id, verb, city_id, payload from content.notice_outbox
          where payload->>'joinUrl' like ${`%#live-${sessionId}`} order by id`,
    ),
  );
}

describe('a learner asking to be reminded of a live class', () => {
  it('is remembered once for the signed-in learner, withdrawn on request, and shown only to them', async () => {
    const live = await session(minutes(120));
    const me = resident();
    expect(await remindMe(me, live.id)).toBe(false);
    expect((await remind(me, live.id)).data?.remindMeOfLiveSession).toEqual({ id: live.id, remindMe: true });
    expect((await remind(me, live.id)).data?.remindMeOfLiveSession.remindMe).toBe(true);
    expect(await remindMe(me, live.id)).toBe(true);
    expect(await remindMe(resident(), live.id)).toBe(false);
    expect(await remindMe(null, live.id)).toBeNull();
    const [row] = rowsOf<{ n: number }>(
      await service().database.db.execute(
        sql`select count(*)::int as n from content.live_reminders where session_id = ${live.id}`,
      ),
    );
    expect(row?.n).toBe(1);
    expect((await remind(me, live.id, false)).data?.remindMeOfLiveSession.remindMe).toBe(false);
    expect(await remindMe(me, live.id)).toBe(false);
  });

  it('is refused without sign-in, for an unknown class, and for one started or over, changing nothing', async () => {
    const live = await session(minutes(120));
    expect((await remind(null, live.id)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const id of [randomUUID(), 'not-an-id']) {
      expect((await remind(resident(), id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const me = resident();
    const started = await session(-minutes(5));
    const over = await session(-minutes(120), -minutes(60));
    const refusal = async (id: string) => (await remind(me, id)).errors?.[0];
    expect(await refusal(started.id)).toMatchObject({
      message: expect.stringMatching(/already started/),
      extensions: { code: 'CONFLICT' },
    });
    expect(await refusal(over.id)).toMatchObject({
      message: expect.stringMatching(/over/),
      extensions: { code: 'CONFLICT' },
    });
    expect(await remindMe(me, started.id)).toBe(false);
    expect(await remindMe(me, over.id)).toBe(false);
  });
});

describe('the reminder worker', () => {
  it('queues one LIVE_STARTING per learner who asked, only within 15 minutes of the start', async () => {
    const live = await session(minutes(40));
    const asked = [resident(), resident()];
    for (const learner of asked) await remind(learner, live.id);
    const withdrew = resident();
    await remind(withdrew, live.id);
    await remind(withdrew, live.id, false);

    const start = live.startsAt.getTime();
    // Too early: 16 minutes before.
    await service().queueLiveReminders(new Date(start - minutes(16)));
    expect(await noticesOf(live.id)).toEqual([]);

    // Due: two workers at once, and once more a minute later; still one notice each.
    const due = new Date(start - minutes(14));
    await Promise.all([service().queueLiveReminders(due), service().queueLiveReminders(due)]);
    await service().queueLiveReminders(new Date(start - minutes(13)));
    const notices = await noticesOf(live.id);
    expect(notices.map((n) => n.payload.learnerId).sort()).toEqual(asked.map((l) => l.id).sort());
    expect(notices[0]).toMatchObject({
      verb: 'LIVE_STARTING',
      city_id: 'ansan',
      payload: {
        kind: 'LIVE_STARTING',
        cityId: 'ansan',
        title: live.titleKo,
        startsAt: live.startsAt.toISOString(),
        joinUrl: `https://ansan.sites.test/live#live-${live.id}`,
      },
    });
    // Asking again after the notice went changes nothing.
    await remind(asked[0] as Caller, live.id);
    await service().queueLiveReminders(new Date(start - minutes(12)));
    expect(await noticesOf(live.id)).toHaveLength(2);
  });

  it('sends nothing for a class that has started, even to those who asked in time', async () => {
    const live = await session(minutes(30));
    await remind(resident(), live.id);
    await service().queueLiveReminders(new Date(live.startsAt.getTime() + 1));
    expect(await noticesOf(live.id)).toEqual([]);
  });
});

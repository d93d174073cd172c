// The learner's side of the library: progress that never goes backwards, finished at 90 % with
// one FINISHED_CONTENT event, path steps, featured contents, and live classes that admit exactly
// their capacity however many rush in.
import { randomUUID } from 'node:crypto';
import {
  type Caller,
  generateSigningKey,
  inTenant,
  rowsOf,
  type ServiceSigner,
  type SubgraphService,
  serviceSigner,
} from '@baeumteo/server';
import {
  callSubgraph,
  postAs,
  startTestSubgraph,
  type TestSubgraph,
  testSigner,
} from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contents, learningPathSteps, learningPaths, liveSessions, type tables } from '../src/db/schema.ts';
import { startContent } from '../src/service.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

const resident = (): Caller => ({
  id: randomUUID(),
  roles: [{ role: 'RESIDENT', cityId: null }],
  residenceCityId: 'ansan',
});
const staffOf = (cityId: string): Caller => ({
  id: randomUUID(),
  roles: [{ role: 'CITY_STAFF', cityId }],
  residenceCityId: cityId,
});

async function addContent(durationMinutes = 10, cityId: string | null = null) {
  const [row] = await inTenant(service.database.db, '*', (tx) =>
    tx
      .insert(contents)
      .values({
        titleKo: `생활 한국어 ${randomUUID().slice(0, 4)}`,
        descriptionKo: '설명',
        kind: 'VIDEO',
        provider: 'GSEEK',
        cityId,
        durationMinutes,
        level: 'BEGINNER',
        category: 'ADULT_LITERACY',
        languages: ['KO'],
        url: 'https://www.gseek.kr/example',
      })
      .returning(),
  );
  return row as typeof contents.$inferSelect;
}

const progressMutation = `mutation ($c: ID!, $p: Int!) { recordContentProgress(contentId: $c, positionSeconds: $p) {
  positionSeconds percent completedAt content { id } } }`;
type Progress = { positionSeconds: number; percent: number; completedAt: string | null };
/**
 * Simulated time: `seconds` of wall clock pass for a learner in a content, as if they had been
 * watching (their pace moves back; rules/progress.ts). Unknown contents are left alone.
 */
async function elapse(learnerId: string, contentId: string, seconds: number) {
  await service.database.db.execute(sql`
    insert into content.content_progress (learner_id, content_id, position_seconds, updated_at, paced_at)
    select ${learnerId}::uuid, c.id, 0, now(), now() - make_interval(secs => ${seconds})
    from content.contents c where c.id::text = ${contentId}
    on conflict (learner_id, content_id)
    do update set paced_at = content_progress.paced_at - make_interval(secs => ${seconds})`);
}

/** Reports a position an hour of watching after the learner's previous report. */
const record = async (caller: Caller | null, contentId: string, position: number) => {
  if (caller) await elapse(caller.id, contentId, 3600);
  return callSubgraph<{ recordContentProgress: Progress }>(
    service.url,
    progressMutation,
    { c: contentId, p: position },
    { caller },
  );
};

async function outboxOf(learnerId: string) {
  return rowsOf<{ verb: string; hours: number | null }>(
    await service.database.db.execute(
      sql`select payload->>'verb' as verb, (payload->>'hours')::float as hours from content.outbox
          where payload->>'learnerId' = ${learnerId} order by created_at, payload->>'verb'`,
    ),
  );
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(startContent);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

describe('content progress', () => {
  it('keeps the furthest position, clamps to the end, and finishes at 90 % once', async () => {
    const content = await addContent(10); // 600 s
    const me = resident();
    expect((await record(me, content.id, 120)).data?.recordContentProgress).toMatchObject({
      positionSeconds: 120,
      percent: 20,
      completedAt: null,
    });
    // Going back keeps the furthest position.
    expect((await record(me, content.id, 30)).data?.recordContentProgress.positionSeconds).toBe(120);
    const finished = (await record(me, content.id, 545)).data?.recordContentProgress;
    expect(finished).toMatchObject({ positionSeconds: 545, completedAt: expect.any(String) });
    // Past the end counts as the end; finishing again changes nothing.
    const end = (await record(me, content.id, 99_999)).data?.recordContentProgress;
    expect(end).toMatchObject({ positionSeconds: 600, percent: 100, completedAt: finished?.completedAt });

    const events = await outboxOf(me.id);
    expect(events.filter((e) => e.verb === 'FINISHED_CONTENT')).toEqual([
      { verb: 'FINISHED_CONTENT', hours: expect.closeTo(10 / 60, 2) },
    ]);
    // One PROGRESSED per tenth reached, never repeated: 10 tenths in all.
    expect(events.filter((e) => e.verb === 'PROGRESSED')).toHaveLength(10);
  });

  it('refuses negative positions, unknown contents and anonymous callers, and changes nothing', async () => {
    const content = await addContent(5);
    const me = resident();
    await record(me, content.id, 60);
    const negative = await record(me, content.id, -5);
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'positionSeconds',
    });
    expect((await record(me, randomUUID(), 10)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await record(me, 'not-an-id', 10)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await record(null, content.id, 10)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mine = await callSubgraph<{ content: { myProgress: Progress | null } }>(
      service.url,
      'query ($c: ID!) { content(id: $c) { myProgress { positionSeconds percent } } }',
      { c: content.id },
      { caller: me },
    );
    expect(mine.data?.content.myProgress).toEqual({ positionSeconds: 60, percent: 20 });
  });

  it('lists a learner’s progress for them alone, and counts finished path steps', async () => {
    const me = resident();
    const [a, b, c] = [await addContent(1), await addContent(1), await addContent(1)];
    const [path] = await service.database.db
      .insert(learningPaths)
      .values({ titleKo: '한국어 첫걸음', level: 'BEGINNER', position: 99 })
      .returning();
    await service.database.db.insert(learningPathSteps).values(
      [a, b, c].map((content, position) => ({
        pathId: path?.id as string,
        position,
        contentId: content.id,
      })),
    );
    await record(me, a.id, 60);
    await record(me, b.id, 20);
    const paths = await callSubgraph<{ learningPaths: { id: string; finishedSteps: number | null }[] }>(
      service.url,
      '{ learningPaths(level: BEGINNER) { id finishedSteps } }',
      {},
      { caller: me },
    );
    expect(paths.data?.learningPaths.find((p) => p.id === path?.id)?.finishedSteps).toBe(1);

    const listQuery = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Learner {
      contentProgress(first: 1) { totalCount edges { node { content { id } } } pageInfo { hasNextPage } } } } }`;
    const list = await callSubgraph<{
      _entities: {
        contentProgress: { totalCount: number; edges: { node: { content: { id: string } } }[] };
      }[];
    }>(service.url, listQuery, { reps: [{ __typename: 'Learner', id: me.id }] }, { caller: me });
    expect(list.data?._entities[0]?.contentProgress).toMatchObject({
      totalCount: 2,
      edges: [{ node: { content: { id: b.id } } }],
    });
    const other = await callSubgraph(
      service.url,
      listQuery,
      { reps: [{ __typename: 'Learner', id: me.id }] },
      {
        caller: resident(),
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells courses, and only courses, which learners finished which contents', async () => {
    const content = await addContent(1);
    const [done, started] = [resident(), resident()];
    await record(done, content.id, 60);
    await record(started, content.id, 10);
    const ask = (signer: ServiceSigner | null) =>
      postAs(signer, `${new URL(service.url).origin}/finished-contents`, {
        learnerIds: [done.id, started.id],
        contentIds: [content.id],
      });
    expect((await ask(null)).status).toBe(401);
    expect((await ask(serviceSigner('courses', generateSigningKey()))).status).toBe(401);
    expect((await ask(testSigner('learners'))).status).toBe(403);
    expect((await ask(testSigner('gateway'))).status).toBe(403);
    expect(await (await ask(testSigner('courses'))).json()).toEqual({
      finished: [{ learnerId: done.id, contentId: content.id }],
    });
  });
});

describe('featured contents', () => {
  it('lets a city’s staff choose what its site features, and no one else', async () => {
    const [a, b] = [await addContent(3, 'ansan'), await addContent(4)];
    const feature = (caller: Caller, ids: string[]) =>
      callSubgraph<{ featureContents: { id: string }[] }>(
        service.url,
        'mutation ($ids: [ID!]!) { featureContents(cityId: "ansan", contentIds: $ids) { id } }',
        { ids },
        { caller },
      );
    expect((await feature(staffOf('siheung'), [a.id])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await feature(staffOf('ansan'), [a.id, randomUUID()])).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await feature(staffOf('ansan'), [b.id, a.id])).data?.featureContents).toEqual([
      { id: b.id },
      { id: a.id },
    ]);
    const city = await callSubgraph<{ _entities: { featuredContents: { id: string }[] }[] }>(
      service.url,
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on City { featuredContents { id } } } }',
      { reps: [{ __typename: 'City', id: 'ansan' }] },
    );
    expect(city.data?._entities[0]?.featuredContents).toEqual([{ id: b.id }, { id: a.id }]);
  });
});

describe('live classes', () => {
  const join = (caller: Caller | null, id: string) =>
    callSubgraph<{ joinLiveSession: { joinUrl: string; session: { attendeeCount: number } } }>(
      service.url,
      'mutation ($id: ID!) { joinLiveSession(id: $id) { joinUrl session { attendeeCount } } }',
      { id },
      { caller },
    );

  async function session(startsInMs: number, capacity = 300, endsInMs = startsInMs + 3_600_000) {
    const [row] = await inTenant(service.database.db, '*', (tx) =>
      tx
        .insert(liveSessions)
        .values({
          hostCityId: 'ansan',
          titleKo: '라이브 한국어',
          startsAt: new Date(Date.now() + startsInMs),
          endsAt: new Date(Date.now() + endsInMs),
          capacity,
          room: `room-${randomUUID().slice(0, 8)}`,
        })
        .returning(),
    );
    return row as typeof liveSessions.$inferSelect;
  }

  it('admits exactly the capacity when 400 learners rush a class of 300', async () => {
    const live = await session(0, 300);
    const results = await Promise.all(Array.from({ length: 400 }, () => join(resident(), live.id)));
    const admitted = results.filter((r) => r.data?.joinLiveSession);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(admitted).toHaveLength(300);
    expect(refused).toHaveLength(100);
    expect(refused[0]?.errors?.[0]?.message).toMatch(/full/);
    const [row] = rowsOf<{ seats: number; attendees: number }>(
      await service.database.db.execute(
        sql`select attendee_count as seats, (select count(*)::int from content.live_attendees
            where session_id = ${live.id}) as attendees from content.live_sessions where id = ${live.id}`,
      ),
    );
    expect(row).toEqual({ seats: 300, attendees: 300 });
  });

  it('gives a learner the same seat and address on rejoin, and refuses classes not open or over', async () => {
    const live = await session(10 * 60_000); // opens 15 minutes before: already open
    const me = resident();
    const first = await join(me, live.id);
    const again = await join(me, live.id);
    expect(first.data?.joinLiveSession.joinUrl).toMatch(new RegExp(`/rooms/${live.room}\\?participant=`));
    expect(again.data?.joinLiveSession).toEqual(first.data?.joinLiveSession);
    expect(again.data?.joinLiveSession.session.attendeeCount).toBe(1);

    const later = await session(2 * 3_600_000);
    expect((await join(me, later.id)).errors?.[0]?.message).toMatch(/not open yet/);
    const over = await session(-2 * 3_600_000, 300, -3_600_000);
    expect((await join(me, over.id)).errors?.[0]?.message).toMatch(/over/);
    expect((await join(me, randomUUID())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await join(null, live.id)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is scheduled by the host city’s staff, for at least 300', async () => {
    const create = (caller: Caller, capacity: number) =>
      callSubgraph<{ createLiveSession: { capacity: number; opensAt: string; startsAt: string } }>(
        service.url,
        `mutation ($i: CreateLiveSessionInput!) { createLiveSession(input: $i) { capacity opensAt startsAt } }`,
        {
          i: {
            hostCityId: 'ansan',
            titleKo: '안산 다문화 라이브',
            startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            endsAt: new Date(Date.now() + 90_000_000).toISOString(),
            capacity,
            room: 'ansan-multicultural',
          },
        },
        { caller },
      );
    expect((await create(staffOf('suwon'), 300)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(staffOf('ansan'), 120)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capacity',
    });
    const made = (await create(staffOf('ansan'), 450)).data?.createLiveSession;
    expect(made?.capacity).toBe(450);
    expect(Date.parse(made?.startsAt ?? '') - Date.parse(made?.opensAt ?? '')).toBe(15 * 60_000);
  });
});

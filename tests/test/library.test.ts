// The shared online library through the gateway: a learner watches contents (progress kept and
// never going backwards), finishes a path step, completes an online course through its contents,
// joins a live class that 400 people rush (exactly its capacity admitted), and finds each of
// these in their learning history.
import { randomUUID } from 'node:crypto';
import type { Caller } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';
import { elapse } from '../src/progress.ts';
import { sessionTokensFor } from '../src/sessions.ts';

let platform: Platform;
let learner: TestAccount;
let staff: TestAccount;

const progressMutation = `mutation ($c: ID!, $p: Int!) { recordContentProgress(contentId: $c, positionSeconds: $p) {
  positionSeconds percent completedAt } }`;
type Progress = { positionSeconds: number; percent: number; completedAt: string | null };

/** Reports a position after six hours of watching (simulated: tests/src/progress.ts). */
async function watch(contentId: string, positionSeconds: number, who: TestAccount = learner) {
  await elapse(platform, who.id, contentId, 6 * 3600);
  const response = await platform.query<{ recordContentProgress: Progress }>(
    progressMutation,
    { c: contentId, p: positionSeconds },
    who.auth,
  );
  if (!response.body.data) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data.recordContentProgress;
}

interface Path {
  id: string;
  finishedSteps: number | null;
  steps: { id: string; durationMinutes: number; myProgress: { percent: number } | null }[];
}

async function beginnerPaths(): Promise<Path[]> {
  const response = await platform.query<{ learningPaths: Path[] }>(
    '{ learningPaths(level: BEGINNER) { id finishedSteps steps { id durationMinutes myProgress { percent } } } }',
    {},
    learner.auth,
  );
  return response.body.data?.learningPaths ?? [];
}

beforeAll(async () => {
  platform = await startPlatform({ relays: true });
  staff = await withRole(platform, 'CITY_STAFF', 'ansan');
  learner = await signUp(platform, { residenceCityId: 'ansan', displayName: '응우옌 반 안' });
});
afterAll(() => platform?.stop());

describe('the shared online library', () => {
  let pathStep: { id: string; durationMinutes: number };
  const finishedContents = new Set<string>();

  it('keeps a learner’s furthest position and finishes a path step at 90 %', async () => {
    const [path] = await beginnerPaths();
    expect(path?.finishedSteps).toBe(0);
    pathStep = path?.steps[0] as { id: string; durationMinutes: number };
    const duration = pathStep.durationMinutes * 60;
    expect((await watch(pathStep.id, Math.round(duration * 0.4))).percent).toBeCloseTo(40, 0);
    // Scrubbing back does not lose the place.
    expect((await watch(pathStep.id, 10)).percent).toBeCloseTo(40, 0);
    const negative = await platform.query(progressMutation, { c: pathStep.id, p: -1 }, learner.auth);
    expect(negative.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'positionSeconds',
    });
    const done = await watch(pathStep.id, duration * 2);
    finishedContents.add(pathStep.id);
    expect(done).toMatchObject({ positionSeconds: duration, percent: 100, completedAt: expect.any(String) });
    const [after] = await beginnerPaths();
    expect(after?.finishedSteps).toBe(1);
    expect(after?.steps[0]?.myProgress?.percent).toBe(100);
  });

  it('completes an online course when every linked content is finished', async () => {
    const library = await platform.query<{
      contents: { edges: { node: { id: string; durationMinutes: number } }[] };
    }>('{ contents(filter: { kind: VIDEO }, first: 3) { edges { node { id durationMinutes } } } }');
    const [first, second, unwatched] = library.body.data?.contents.edges.map((e) => e.node) ?? [];
    const closesAt = new Date(Date.now() + 3_000);
    const course = async (contentIds: string[], title: string) => {
      const created = await platform.query<{ createCourse: { id: string } }>(
        'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
        {
          i: {
            cityId: 'ansan',
            titleKo: title,
            descriptionKo: `${title} 설명`,
            category: 'ADULT_LITERACY',
            format: 'ONLINE',
            capacity: 10,
            selection: 'FIRST_COME',
            eligibility: 'ANYONE',
            applicationOpensAt: new Date(Date.now() - 60_000).toISOString(),
            applicationClosesAt: closesAt.toISOString(),
            contentIds,
            sessions: [
              {
                startsAt: new Date(closesAt.getTime() + 100).toISOString(),
                endsAt: new Date(closesAt.getTime() + 3_600_000).toISOString(),
              },
            ],
          },
        },
        staff.auth,
      );
      const id = created.body.data?.createCourse.id as string;
      await platform.query('mutation ($id: ID!) { publishCourse(id: $id) { id } }', { id }, staff.auth);
      const applied = await platform.query<{ applyToCourse: { status: string } }>(
        'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }',
        { c: id },
        learner.auth,
      );
      expect(applied.body.data?.applyToCourse.status).toBe('ENROLLED');
      return id;
    };
    const watched = await course([first?.id as string, second?.id as string], '온라인 생활 한국어');
    const halfWatched = await course([first?.id as string, unwatched?.id as string], '온라인 한국 문화');
    for (const content of [first, second]) {
      await watch(content?.id as string, (content?.durationMinutes ?? 0) * 60);
      finishedContents.add(content?.id as string);
    }
    await new Promise((r) => setTimeout(r, closesAt.getTime() - Date.now() + 200));
    for (const id of [watched, halfWatched]) {
      const finished = await platform.query(
        'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
        { id },
        staff.auth,
      );
      expect(finished.body.errors).toBeUndefined();
    }
    const mine = await platform.query<{ me: { enrollments: { status: string; course: { id: string } }[] } }>(
      '{ me { enrollments { status course { id } } } }',
      {},
      learner.auth,
    );
    const statusOf = (id: string) => mine.body.data?.me.enrollments.find((e) => e.course.id === id)?.status;
    expect(statusOf(watched)).toBe('COMPLETED');
    expect(statusOf(halfWatched)).toBe('NOT_COMPLETED');
  });

  it('admits exactly the capacity of a live class that 400 people rush, through the gateway', async () => {
    const created = await platform.query<{ createLiveSession: { id: string; capacity: number } }>(
      'mutation ($i: CreateLiveSessionInput!) { createLiveSession(input: $i) { id capacity } }',
      {
        i: {
          hostCityId: 'ansan',
          titleKo: '안산 다문화 가족 라이브 특강',
          startsAt: new Date(Date.now() + 60_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          room: 'ansan-rush',
        },
      },
      staff.auth,
    );
    const session = created.body.data?.createLiveSession as { id: string; capacity: number };
    expect(session.capacity).toBe(300);
    const join = (auth: Record<string, string>) =>
      platform.query<{ joinLiveSession: { joinUrl: string } }>(
        'mutation ($id: ID!) { joinLiveSession(id: $id) { joinUrl } }',
        { id: session.id },
        auth,
      );
    expect((await join(learner.auth)).body.data?.joinLiveSession.joinUrl).toContain(
      '/rooms/ansan-rush?participant=',
    );
    // 400 other residents, each with a real province-signed token of a running session, at once.
    const callers = Array.from(
      { length: 400 },
      (): Caller => ({
        id: randomUUID(),
        roles: [{ role: 'RESIDENT', cityId: null }],
        residenceCityId: 'ansan',
      }),
    );
    const crowd = (await sessionTokensFor(platform, callers)).map((token) => ({
      authorization: `Bearer ${token}`,
    }));
    const answers = await Promise.all(crowd.map((auth) => join(auth)));
    expect(answers.filter((a) => a.body.data?.joinLiveSession)).toHaveLength(299);
    expect(answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(101);
    const listed = await platform.query<{ liveSessions: { id: string; attendeeCount: number }[] }>(
      '{ liveSessions(upcoming: true) { id attendeeCount } }',
    );
    expect(listed.body.data?.liveSessions.find((s) => s.id === session.id)?.attendeeCount).toBe(300);
  });

  it('shows all of it in the learner’s history', async () => {
    type Records = {
      me: {
        transcript: { records: { edges: { node: { verb: string; content: { id: string } | null } }[] } };
      };
    };
    let verbs: string[] = [];
    for (let i = 0; i < 100; i++) {
      const response = await platform.query<Records>(
        '{ me { transcript { records(first: 100) { edges { node { verb content { id } } } } } } }',
        {},
        learner.auth,
      );
      verbs = response.body.data?.me.transcript.records.edges.map((e) => e.node.verb) ?? [];
      if (['FINISHED_CONTENT', 'JOINED_LIVE', 'COMPLETED', 'CERTIFIED'].every((v) => verbs.includes(v)))
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(verbs).toEqual(
      expect.arrayContaining([
        'PROGRESSED',
        'FINISHED_CONTENT',
        'JOINED_LIVE',
        'COMPLETED',
        'NOT_COMPLETED',
        'CERTIFIED',
      ]),
    );
    // Each content finished (the path step, the online course's two) is recorded once.
    expect(verbs.filter((v) => v === 'FINISHED_CONTENT').length).toBe(finishedContents.size);
  });
});

// One learning history per resident: the outbox relays deliver every event to history at least
// once, history stores each exactly once, and nothing is lost while history is down.
import { randomUUID } from 'node:crypto';
import { deliverEvents } from '@baeumteo/contracts';
import { outbox } from '@baeumteo/courses/outbox';
import { type ServiceSigner, startOutboxRelay } from '@baeumteo/server';
import { postAs, testSigner } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ relays: true });
});
afterAll(() => platform?.stop());

interface Transcript {
  totalHours: number;
  hoursByCategory: { category: string; hours: number }[];
  records: {
    totalCount: number;
    edges: { node: { verb: string; city: { id: string }; course: { id: string } | null } }[];
  };
}

async function transcript(learner: TestAccount): Promise<Transcript> {
  const response = await platform.query<{ me: { transcript: Transcript } }>(
    `{ me { transcript { totalHours hoursByCategory { category hours }
         records(first: 100) { totalCount edges { node { verb city { id } course { id } } } } } } }`,
    {},
    learner.auth,
  );
  if (!response.body.data) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data.me.transcript;
}

/** Waits until the learner's transcript holds `count` records (the relays run every half second). */
async function transcriptWith(learner: TestAccount, count: number): Promise<Transcript> {
  for (let i = 0; i < 100; i++) {
    const t = await transcript(learner);
    if (t.records.totalCount >= count) return t;
    await new Promise((r) => setTimeout(r, 200));
  }
  return transcript(learner);
}

/** Waits until the learner's transcript holds a record of each verb (other records may arrive first). */
async function transcriptWithVerbs(learner: TestAccount, verbs: string[]): Promise<Transcript> {
  for (let i = 0; i < 100; i++) {
    const t = await transcript(learner);
    const held = new Set(t.records.edges.map((e) => e.node.verb));
    if (verbs.every((v) => held.has(v))) return t;
    await new Promise((r) => setTimeout(r, 200));
  }
  return transcript(learner);
}

async function openCourseId(cityId = 'suwon'): Promise<string> {
  const r = await platform.query<{ courses: { edges: { node: { id: string } }[] } }>(
    'query ($c: ID) { courses(filter: { cityId: $c, openForApplication: true, eligibility: null }, first: 1) { edges { node { id } } } }'.replace(
      ', eligibility: null',
      '',
    ),
    { c: cityId },
  );
  return r.body.data!.courses.edges[0]!.node.id;
}

const apply = (learner: TestAccount, courseId: string) =>
  platform.query<{ applyToCourse: { status: string } }>(
    'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }',
    { c: courseId },
    learner.auth,
  );

describe('learning history', () => {
  it('follows a learner across cities: applications in Siheung, a move to Suwon, one transcript', async () => {
    const learner = await signUp(platform, { residenceCityId: 'siheung' });
    const siheung = await openCourseId('siheung');
    expect((await apply(learner, siheung)).body.errors).toBeUndefined();
    await platform.query('mutation { moveResidence(cityId: "suwon") { id } }', {}, learner.auth);
    const t = await transcriptWithVerbs(learner, ['APPLIED', 'MOVED']);
    const verbs = t.records.edges.map((e) => e.node.verb);
    expect(verbs).toContain('APPLIED');
    expect(verbs).toContain('MOVED');
    expect(t.records.edges.find((e) => e.node.verb === 'MOVED')?.node.city.id).toBe('suwon');
    expect(t.records.edges.find((e) => e.node.verb === 'APPLIED')?.node.course?.id).toBe(siheung);
    expect(t.hoursByCategory.map((c) => c.category)).toHaveLength(6);
  });

  it('loses nothing while history is down', async () => {
    const learners = await Promise.all(
      Array.from({ length: 3 }, () => signUp(platform, { residenceCityId: 'suwon' })),
    );
    await platform.stopSubgraph('history');
    try {
      const course = await openCourseId('suwon');
      for (const learner of learners)
        expect((await apply(learner, course)).body.data?.applyToCourse.status).toBeDefined();
      await platform.query('mutation { moveResidence(cityId: "osan") { id } }', {}, learners[0]!.auth);
      await new Promise((r) => setTimeout(r, 1_500)); // the relays try and fail meanwhile
    } finally {
      await platform.restartSubgraph('history');
    }
    for (const learner of learners.slice(1)) {
      const t = await transcriptWith(learner, 1);
      expect(t.records.edges.map((e) => e.node.verb)).toContain('APPLIED');
    }
    // An enrolled learner's APPLIED and ENROLLED can both arrive before the MOVED.
    const first = await transcriptWithVerbs(learners[0]!, ['APPLIED', 'MOVED']);
    expect(first.records.edges.map((e) => e.node.verb)).toEqual(expect.arrayContaining(['APPLIED', 'MOVED']));
  });

  it('stores each event once when a relay dies between sending a batch and marking it sent', async () => {
    // A platform of its own, without relays: this test drives the relays by hand.
    const quiet = await startPlatform({ relays: false });
    try {
      const learner = await signUp(quiet, { residenceCityId: 'suwon' });
      const course = await quiet.query<{ courses: { edges: { node: { id: string } }[] } }>(
        '{ courses(filter: { cityId: "suwon", openForApplication: true }, first: 1) { edges { node { id } } } }',
      );
      const applied = await quiet.query<{ applyToCourse: { status: string } }>(
        'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }',
        { c: course.body.data!.courses.edges[0]!.node.id },
        learner.auth,
      );
      const expected = applied.body.data?.applyToCourse.status === 'PENDING' ? 1 : 2;
      const relayOptions = {
        name: 'courses',
        db: quiet.services.courses.database.db,
        outbox,
        deliver: deliverEvents({
          url: `${new URL(quiet.services.history.url).origin}/events`,
          signer: testSigner('courses'),
        }),
        autostart: false,
        // The dead relay's claim lasts this long; then its batch can be claimed again.
        leaseMs: 300,
      };
      let sent = 0;
      const dying = startOutboxRelay({
        ...relayOptions,
        afterSend: async () => {
          sent++;
          throw new Error('killed after sending, before marking the batch sent');
        },
      });
      await dying.drain().catch(() => {});
      await dying.stop();
      expect(sent).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 400)); // the dead relay's lease runs out
      const survivor = startOutboxRelay(relayOptions);
      expect(await survivor.drain()).toBeGreaterThanOrEqual(expected); // the same batch, sent again
      await survivor.stop();
      const records = await quiet.query<{ me: { transcript: Transcript } }>(
        '{ me { transcript { records(first: 100) { totalCount edges { node { verb } } } } } }',
        {},
        learner.auth,
      );
      const verbs = records.body.data!.me.transcript.records.edges.map((e) => e.node.verb);
      expect(verbs).toHaveLength(expected);
      expect(new Set(verbs).size).toBe(expected);
    } finally {
      await quiet.stop();
    }
  });

  it('refuses malformed events with a reason and keeps them as dead letters', async () => {
    const events = `${new URL(platform.services.history.url).origin}/events`;
    const valid = {
      id: randomUUID(),
      verb: 'APPLIED',
      learnerId: randomUUID(),
      cityId: 'suwon',
      residenceCityId: 'suwon',
      occurredAt: new Date().toISOString(),
      courseId: randomUUID(),
    };
    const post = (body: unknown, signer: ServiceSigner | null = testSigner('courses')) =>
      postAs(signer, events, body);
    expect((await post({ source: 'courses', events: [valid] }, null)).status).toBe(401);
    const [danced, anonymous] = [randomUUID(), randomUUID()];
    const response = await post({
      source: 'courses',
      events: [
        valid,
        valid,
        { ...valid, id: danced, verb: 'DANCED' },
        { ...valid, id: anonymous, learnerId: undefined },
      ],
    });
    expect(await response.json()).toEqual({
      stored: 1,
      duplicates: 1,
      profiles: 0,
      certified: 0,
      rejected: ['unknown verb DANCED', 'missing or malformed learnerId'],
    });
    const letters = await platform.services.history.database.db.execute(
      sql`select reason from history.dead_letters
        where source = 'courses' and event->>'id' in (${danced}, ${anonymous}) order by id`,
    );
    const rows = (Array.isArray(letters) ? letters : (letters as { rows: unknown[] }).rows) as {
      reason: string;
    }[];
    expect(rows.map((r) => r.reason)).toEqual(['unknown verb DANCED', 'missing or malformed learnerId']);
  });
});

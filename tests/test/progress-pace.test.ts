// Progress that cannot be faked, through the gateway: one report with a large position credits
// only what playback at 2x could have reached since the learner's previous report (plus one
// 30-second report interval), never the whole video; nothing is refused, and the hours credited
// follow the clamped position.
import { rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';
import { elapse } from '../src/progress.ts';

let platform: Platform;
let learner: TestAccount;
let video: { id: string; durationMinutes: number };

const report = async (positionSeconds: number) => {
  const answer = await platform.query<{
    recordContentProgress: { positionSeconds: number; percent: number; completedAt: string | null };
  }>(
    `mutation ($c: ID!, $p: Int!) { recordContentProgress(contentId: $c, positionSeconds: $p) {
      positionSeconds percent completedAt } }`,
    { c: video.id, p: positionSeconds },
    learner.auth,
  );
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.recordContentProgress;
};

/** The learning events content queued for the learner, by verb. */
async function events() {
  const rows = rowsOf<{ verb: string; n: number }>(
    await platform.services.content.database.db.execute(
      sql`select verb, count(*)::int as n from content.outbox
          where payload->>'learnerId' = ${learner.id} group by verb`,
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.verb, r.n]));
}

beforeAll(async () => {
  platform = await startPlatform();
  learner = await signUp(platform);
  const library = await platform.query<{
    contents: { edges: { node: { id: string; durationMinutes: number } }[] };
  }>('{ contents(filter: { kind: VIDEO }, first: 20) { edges { node { id durationMinutes } } } }');
  const long = library.body.data?.contents.edges.map((e) => e.node).find((c) => c.durationMinutes >= 20);
  if (!long) throw new Error('the demo library has no video of 20 minutes or more');
  video = long;
});
afterAll(() => platform?.stop());

describe('a content position reported in one jump', () => {
  it('credits the first report one report interval, not the whole video', async () => {
    const duration = video.durationMinutes * 60;
    const first = await report(duration);
    expect(first).toMatchObject({ positionSeconds: 30, completedAt: null });
    expect(await events()).toEqual({});
  });

  it('then advances at most 2x the time that passed, plus the slack, and finishes only when reached', async () => {
    const duration = video.durationMinutes * 60;
    await elapse(platform, learner.id, video.id, 60); // a minute of watching
    const clamped = await report(duration);
    expect(clamped?.positionSeconds).toBeGreaterThan(30);
    expect(clamped?.positionSeconds).toBeLessThanOrEqual(30 + 2 * 60 + 30 + 2);
    expect(clamped?.completedAt).toBeNull();
    expect((await events()).FINISHED_CONTENT).toBeUndefined();
    // Once enough time has passed, the same report finishes it, with one FINISHED_CONTENT.
    await elapse(platform, learner.id, video.id, duration);
    const done = await report(duration);
    expect(done).toMatchObject({ positionSeconds: duration, percent: 100, completedAt: expect.any(String) });
    expect((await events()).FINISHED_CONTENT).toBe(1);
  });
});

// Who may post which event: /events answers only the producers, each batch signed with the
// producer's own key and naming it as its source; each verb is taken only from its owner (a
// COMPLETED from content is dead-lettered, never stored or certified).
import { randomUUID } from 'node:crypto';
import { parseStreamEvent } from '@baeumteo/contracts';
import { generateSigningKey, rowsOf, type SubgraphService, serviceSigner } from '@baeumteo/server';
import { postAs, startTestSubgraph, type TestSubgraph, testSigner } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { wrongProducer } from '../src/rules/provenance.ts';
import { startHistory } from '../src/service.ts';
import { certificateSteps, completed, profile } from './certificateSteps.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

const { post, certificatesOf } = certificateSteps(() => service);
const eventsUrl = () => service.url.replace(/\/graphql$/, '/events');
const count = async (query: ReturnType<typeof sql>) =>
  Number(rowsOf<{ n: string }>(await service.database.db.execute(query))[0]?.n);

describe('the producers of learning events', () => {
  it('refuses an unsigned post, one signed by an unknown key, and one from a service that is no producer', async () => {
    const id = randomUUID();
    const batch = { source: 'courses', events: [completed(id)] };
    expect((await postAs(null, eventsUrl(), batch)).status).toBe(401);
    expect((await postAs(serviceSigner('courses', generateSigningKey()), eventsUrl(), batch)).status).toBe(
      401,
    );
    expect((await postAs(testSigner('gateway'), eventsUrl(), batch)).status).toBe(403);
    expect(
      await count(sql`select count(*) as n from history.learning_records where learner_id = ${id}`),
    ).toBe(0);
  });

  it('refuses a batch whose source is not the producer that signed it', async () => {
    const response = await postAs(testSigner('content'), eventsUrl(), {
      source: 'courses',
      events: [completed(randomUUID())],
    });
    expect(response.status).toBe(403);
  });

  it('dead-letters a COMPLETED signed by content, naming why, and stores or certifies nothing', async () => {
    const id = randomUUID();
    await post([profile(id, '한가짜')]); // the name is known: only the completion is missing
    const forged = completed(id, '가짜 수료');
    const response = await postAs(testSigner('content'), eventsUrl(), {
      source: 'content',
      events: [forged],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      stored: 0,
      duplicates: 0,
      profiles: 0,
      certified: 0,
      rejected: ['COMPLETED is accepted only from courses, not from content'],
    });
    expect(
      await count(sql`select count(*) as n from history.learning_records where learner_id = ${id}`),
    ).toBe(0);
    expect(await certificatesOf(id)).toEqual([]);
    const letters = rowsOf<{ source: string; reason: string }>(
      await service.database.db.execute(
        sql`select source, reason from history.dead_letters where event->>'id' = ${forged.id}`,
      ),
    );
    expect(letters).toEqual([
      { source: 'content', reason: 'COMPLETED is accepted only from courses, not from content' },
    ]);
    // The same completion from courses is a certificate.
    expect((await post([forged])).certified).toBe(1);
  });

  it('takes a holder’s name only from learners', async () => {
    const id = randomUUID();
    const response = await postAs(testSigner('courses'), eventsUrl(), {
      source: 'courses',
      events: [profile(id, '남의 이름'), completed(id)],
    });
    expect(await response.json()).toMatchObject({
      stored: 1,
      profiles: 0,
      certified: 0,
      rejected: ['PROFILE is accepted only from learners, not from courses'],
    });
  });

  it('names the owner of each kind (the rule)', () => {
    const parsed = parseStreamEvent(completed(randomUUID()));
    if (!('event' in parsed)) throw new Error(parsed.reason);
    const { event } = parsed;
    expect(wrongProducer(event, 'courses')).toBeNull();
    expect(wrongProducer(event, 'learners')).toBe(
      'COMPLETED is accepted only from courses, not from learners',
    );
  });
});

// Issuing certificates: on COMPLETED with the holder's name and course title of that moment and a
// CERTIFIED record and one notice to its holder, once per event, after the name when it arrives
// late, uniquely numbered under concurrency; untitled completions refused; certificates kept to
// their holder and admins.
import { randomUUID } from 'node:crypto';
import type { SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeOutbox, type tables } from '../src/db/schema.ts';
import { startHistory } from '../src/service.ts';
import {
  admin,
  certificateSteps,
  certificatesQuery,
  completed,
  learner,
  profile,
} from './certificateSteps.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

const { post, certificatesOf } = certificateSteps(() => service);

describe('issuing certificates', () => {
  it('issues one on COMPLETED with the name and title of that moment, and a CERTIFIED record', async () => {
    const id = randomUUID();
    await post([profile(id, '김배움', '2026-01-01T00:00:00Z')]);
    const event = completed(id);
    expect((await post([event])).certified).toBe(1);
    // The name changes afterwards; the certificate keeps the one it was issued with.
    await post([profile(id, '김새이름')]);
    // The same event again (a relay retry) issues nothing new.
    expect(await post([event])).toMatchObject({ stored: 0, certified: 0 });

    const [cert, ...others] = await certificatesOf(id);
    expect(others).toHaveLength(0);
    expect(cert).toMatchObject({
      holderName: '김배움',
      courseTitle: '수채화 기초',
      courseTitleEn: 'Watercolour basics',
      category: 'CULTURE_ARTS',
      hours: 12,
      revokedAt: null,
      city: { id: 'siheung' },
    });
    expect(cert?.number).toMatch(/^GG-\d{4}-41390-\d{6}$/);
    expect(cert?.verificationUrl).toBe(
      `http://localhost:5173/verify/${cert?.number}?code=${cert?.verificationCode}`,
    );
    expect(cert?.pdfPath).toBe(`/downloads/certificates/${cert?.number}.pdf`);
    // Its holder is told once, in the transaction that issued it, with the address its QR code holds.
    const notices = await service.database.db
      .select({ verb: noticeOutbox.verb, cityId: noticeOutbox.cityId, payload: noticeOutbox.payload })
      .from(noticeOutbox)
      .where(sql`${noticeOutbox.payload}->>'learnerId' = ${id}`);
    expect(notices).toEqual([
      {
        verb: 'CERTIFICATE_ISSUED',
        cityId: 'siheung',
        payload: expect.objectContaining({
          kind: 'CERTIFICATE_ISSUED',
          title: '수채화 기초',
          number: cert?.number,
          verificationUrl: cert?.verificationUrl,
        }),
      },
    ]);

    const { data } = await callSubgraph<{
      _entities: { transcript: { records: { edges: { node: { verb: string } }[] } } }[];
    }>(
      service.url,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Learner {
        transcript { records { edges { node { verb } } } } } } }`,
      { reps: [{ __typename: 'Learner', id }] },
      { caller: learner(id) },
    );
    const verbs = data?._entities[0]?.transcript.records.edges.map((e) => e.node.verb);
    expect(verbs).toEqual(['CERTIFIED', 'COMPLETED']);
  });

  it('waits for the holder’s name when the completion arrives first, then issues', async () => {
    const id = randomUUID();
    expect((await post([completed(id)])).certified).toBe(0);
    expect(await certificatesOf(id)).toEqual([]);
    expect((await post([profile(id, '이도착')])).certified).toBe(1);
    expect((await certificatesOf(id))[0]?.holderName).toBe('이도착');
  });

  it('numbers certificates uniquely under concurrent ingestion', async () => {
    const ids = Array.from({ length: 12 }, () => randomUUID());
    await post(ids.map((id) => profile(id, '동시발급')));
    const results = await Promise.all(ids.map((id) => post([completed(id, '동시 과정')])));
    expect(results.reduce((n, r) => n + r.certified, 0)).toBe(12);
    const numbers = (await Promise.all(ids.map((id) => certificatesOf(id)))).flat().map((c) => c.number);
    expect(new Set(numbers).size).toBe(12);
  });

  it('refuses a COMPLETED event without a course title into dead letters', async () => {
    const id = randomUUID();
    const { courseTitle: _dropped, ...untitled } = completed(id);
    const result = await post([untitled]);
    expect(result.stored).toBe(0);
    expect(result.rejected).toEqual(['missing or malformed courseTitle']);
  });

  it('keeps certificates to their holder and province admins', async () => {
    const id = randomUUID();
    await post([profile(id, '박비밀'), completed(id)]);
    const { errors } = await callSubgraph(
      service.url,
      certificatesQuery,
      { reps: [{ __typename: 'Learner', id }] },
      { caller: learner(randomUUID()) },
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await certificatesOf(id, admin)).toHaveLength(1);
  });
});

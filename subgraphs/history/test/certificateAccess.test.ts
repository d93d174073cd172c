// Who may reach a certificate: the PDF for its holder only, revocation by staff of the issuing city
// (then verifying invalid, never saying why), and the append-only log of who else read or changed it.
import { randomUUID } from 'node:crypto';
import type { Caller, SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { startHistory } from '../src/service.ts';
import { admin, type Cert, certificateSteps, completed, learner, profile } from './certificateSteps.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

const { post, certificatesOf, download } = certificateSteps(() => service);

describe('PDF and revocation', () => {
  let holderId: string;
  let cert: Cert;
  beforeAll(async () => {
    holderId = randomUUID();
    await post([profile(holderId, '정다운'), completed(holderId, '생활 영어')]);
    [cert] = (await certificatesOf(holderId)) as [Cert];
  });

  it('gives the holder the PDF and nobody else', async () => {
    const mine = await download(cert.pdfPath, learner(holderId));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toContain(`${cert.number}.pdf`);
    expect(
      Buffer.from(await mine.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const other = await download(cert.pdfPath, learner(randomUUID()));
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await download(cert.pdfPath, null)).status).toBe(401);
    expect((await download('/downloads/certificates/%E0%A4%A.pdf', learner(holderId))).status).toBe(404);
  });

  it('lets staff of the issuing city revoke, and the certificate then verifies invalid without the reason', async () => {
    const revoke = (caller: Caller, reason = '출석부 오류로 발급 취소') =>
      callSubgraph<{ revokeCertificate: { revokedAt: string | null } }>(
        service.url,
        'mutation ($n: String!, $r: String!) { revokeCertificate(number: $n, reason: $r) { revokedAt } }',
        { n: cert.number, r: reason },
        { caller },
      );
    const otherStaff: Caller = {
      id: randomUUID(),
      roles: [{ role: 'CITY_STAFF', cityId: 'suwon' }],
      residenceCityId: 'suwon',
    };
    expect((await revoke(otherStaff)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await revoke(learner(holderId))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const staff: Caller = { ...otherStaff, roles: [{ role: 'CITY_STAFF', cityId: 'siheung' }] };
    expect((await revoke(staff, '  ')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const done = await revoke(staff);
    expect(done.data?.revokeCertificate.revokedAt).toEqual(expect.any(String));

    const { data } = await callSubgraph<{ verifyCertificate: { valid: boolean; reason: string } }>(
      service.url,
      'query ($n: String!) { verifyCertificate(number: $n) { valid reason } }',
      { n: cert.number },
    );
    expect(data?.verifyCertificate).toEqual({ valid: false, reason: 'This certificate was revoked.' });
  });
});

describe('the access log', () => {
  it('records who else read or changed a learner’s history, never the learner, and cannot be changed', async () => {
    const holderId = randomUUID();
    await post([profile(holderId, '오기록'), completed(holderId, '기록 과정')]);
    const [cert] = await certificatesOf(holderId); // the holder's own read: not logged
    await certificatesOf(holderId, admin);
    const staff: Caller = {
      id: randomUUID(),
      roles: [{ role: 'CITY_STAFF', cityId: 'siheung' }],
      residenceCityId: 'siheung',
    };
    expect((await download(cert?.pdfPath ?? '', staff)).status).toBe(200);
    await callSubgraph(
      service.url,
      'mutation ($n: String!) { revokeCertificate(number: $n, reason: "중복 발급") { number } }',
      { n: cert?.number },
      { caller: staff },
    );
    const { data } = await callSubgraph<{
      _entities: { historyAccessLog: { action: string; actorId: string; actorRole: string; ip: string }[] }[];
    }>(
      service.url,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Learner {
        historyAccessLog { action actorId actorRole ip } } } }`,
      { reps: [{ __typename: 'Learner', id: holderId }] },
      { caller: learner(holderId) },
    );
    expect(data?._entities[0]?.historyAccessLog).toEqual([
      { action: 'READ_CERTIFICATES', actorId: admin.id, actorRole: 'PROVINCE_ADMIN', ip: '127.0.0.1' },
      { action: 'DOWNLOAD_CERTIFICATE', actorId: staff.id, actorRole: 'CITY_STAFF', ip: '127.0.0.1' },
      { action: 'REVOKE_CERTIFICATE', actorId: staff.id, actorRole: 'CITY_STAFF', ip: '127.0.0.1' },
    ]);
    await expect(
      service.database.db.execute(sql`update history.access_log set action = 'NOTHING'`),
    ).rejects.toThrow();
  });
});

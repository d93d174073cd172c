// Certificates: issued from COMPLETED records with the holder's name at issue time, signed as an
// Open Badges 3.0 VC-JWT that verifies offline, downloadable as PDF, revocable.
import { randomUUID } from 'node:crypto';
import {
  type Caller,
  encodeOrigin,
  generateSigningKeys,
  publicJwks,
  type SubgraphService,
} from '@baeumteo/server';
import {
  callSubgraph,
  startTestSubgraph,
  type TestSubgraph,
  testGatewaySecret,
  testSigningKeys,
} from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { verifyCredential } from '../src/rules/credential.ts';
import { startHistory } from '../src/service.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;
const jwks = publicJwks(testSigningKeys);

const base = () => service.url.replace(/\/graphql$/, '');

async function post(events: object[], source = 'courses') {
  const response = await fetch(`${base()}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-baeumteo-gateway-secret': testGatewaySecret },
    body: JSON.stringify({ source, events }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { stored: number; certified: number; rejected: string[] };
}

const learner = (id: string): Caller => ({
  id,
  roles: [{ role: 'RESIDENT', cityId: null }],
  residenceCityId: 'siheung',
});
const admin: Caller = {
  id: randomUUID(),
  roles: [{ role: 'PROVINCE_ADMIN', cityId: null }],
  residenceCityId: null,
};

function completed(learnerId: string, title = '수채화 기초', at = '2026-05-20T10:00:00+09:00') {
  return {
    id: randomUUID(),
    verb: 'COMPLETED',
    learnerId,
    cityId: 'siheung',
    residenceCityId: 'siheung',
    courseId: randomUUID(),
    courseTitle: title,
    courseTitleEn: 'Watercolour basics',
    hours: 12,
    category: 'CULTURE_ARTS',
    occurredAt: at,
  };
}

const profile = (learnerId: string, name: string, at = new Date().toISOString()) => ({
  id: randomUUID(),
  type: 'PROFILE',
  learnerId,
  name,
  occurredAt: at,
});

const certificatesQuery = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Learner {
  certificates { id number holderName courseTitle courseTitleEn category hours credential revokedAt
    verificationUrl pdfPath city { id } } } } }`;

interface Cert {
  id: string;
  number: string;
  holderName: string;
  courseTitle: string;
  courseTitleEn: string | null;
  category: string;
  hours: number;
  credential: string;
  revokedAt: string | null;
  verificationUrl: string;
  pdfPath: string;
}

async function certificatesOf(learnerId: string, caller: Caller = learner(learnerId)) {
  const { data, errors } = await callSubgraph<{ _entities: { certificates: Cert[] }[] }>(
    service.url,
    certificatesQuery,
    { reps: [{ __typename: 'Learner', id: learnerId }] },
    { caller },
  );
  expect(errors).toBeUndefined();
  return data?._entities[0]?.certificates ?? [];
}

function download(path: string, caller: Caller | null) {
  return fetch(`${base()}${path}`, {
    headers: {
      'x-baeumteo-gateway-secret': testGatewaySecret,
      ...encodeOrigin({ caller, ip: '127.0.0.1' }, testGatewaySecret),
    },
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

describe('issuing certificates', () => {
  it('issues one on COMPLETED with the name and title of that moment, and a CERTIFIED record', async () => {
    const id = randomUUID();
    await post([profile(id, '김배움', '2026-01-01T00:00:00Z')], 'learners');
    const event = completed(id);
    expect((await post([event])).certified).toBe(1);
    // The name changes afterwards; the certificate keeps the one it was issued with.
    await post([profile(id, '김새이름')], 'learners');
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
    expect(cert?.verificationUrl).toBe(`http://localhost:5173/verify/${cert?.number}`);
    expect(cert?.pdfPath).toBe(`/downloads/certificates/${cert?.number}.pdf`);

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
    expect((await post([profile(id, '이도착')], 'learners')).certified).toBe(1);
    expect((await certificatesOf(id))[0]?.holderName).toBe('이도착');
  });

  it('numbers certificates uniquely under concurrent ingestion', async () => {
    const ids = Array.from({ length: 12 }, () => randomUUID());
    await post(
      ids.map((id) => profile(id, '동시발급')),
      'learners',
    );
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
    await post([profile(id, '박비밀'), completed(id)], 'courses');
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

describe('the credential', () => {
  let cert: Cert;
  beforeAll(async () => {
    const id = randomUUID();
    await post([profile(id, '최검증'), completed(id, '파이썬 입문')]);
    [cert] = (await certificatesOf(id)) as [Cert];
  });

  it('is an Open Badges 3.0 AchievementCredential that verifies offline with the JWKS', async () => {
    expect(decodeProtectedHeader(cert.credential)).toMatchObject({
      alg: 'EdDSA',
      kid: testSigningKeys.credential.kid,
    });
    const payload = await verifyCredential(cert.credential, jwks);
    expect(payload.type).toEqual(['VerifiableCredential', 'AchievementCredential']);
    expect(payload['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(payload.credentialSubject.achievement).toMatchObject({
      name: '파이썬 입문',
      humanCode: cert.number,
      fieldOfStudy: 'CULTURE_ARTS',
    });
    expect(payload.credentialSubject.identifier[0]?.identityHash).toBe('최검증');
    expect(payload.jti).toBe(`urn:uuid:${cert.id}`);
  });

  it('fails verification with one byte flipped anywhere', async () => {
    const [header, payload, signature] = cert.credential.split('.') as [string, string, string];
    const flip = (part: string, at: number) =>
      part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
    for (const tampered of [
      `${header}.${flip(payload, 40)}.${signature}`,
      `${header}.${payload}.${flip(signature, 10)}`,
      `${flip(header, 5)}.${payload}.${signature}`,
    ]) {
      await expect(verifyCredential(tampered, jwks)).rejects.toThrow();
    }
  });

  it('fails verification when re-signed with a key that is not the province’s', async () => {
    const foreign = generateSigningKeys().credential;
    const forged = await new SignJWT(decodeJwt(cert.credential))
      .setProtectedHeader({ alg: 'EdDSA', kid: testSigningKeys.credential.kid })
      .sign(foreign.privateKey);
    await expect(verifyCredential(forged, jwks)).rejects.toThrow();
    // And the foreign key's own set does not make it ours: the issuer's JWKS is what counts.
    await expect(verifyCredential(forged, publicJwks(testSigningKeys))).rejects.toThrow();
  });
});

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

  it('lets staff of the issuing city revoke, and the certificate then verifies invalid with the reason', async () => {
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
    expect(data?.verifyCertificate).toEqual({ valid: false, reason: 'Revoked: 출석부 오류로 발급 취소' });
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

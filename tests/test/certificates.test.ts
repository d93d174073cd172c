// The province's promise, through the gateway: a learner completes a course in Siheung, moves to
// Suwon, completes one there (all while history is down), and holds one transcript and two
// certificates that verify publicly and offline with the published JWKS; an analyst sees the
// province table.
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let learner: TestAccount;
const staff: Record<string, TestAccount> = {};

interface Certificate {
  number: string;
  holderName: string;
  courseTitle: string;
  hours: number;
  category: string;
  city: { id: string; name: string };
  course: { id: string } | null;
  credential: string;
  pdfPath: string;
  verificationCode: string;
}

const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A published course of `cityId` whose applications close in 4 s, its first session right after. */
async function openCourse(cityId: string, titleKo: string, category: string) {
  const venue = await platform.query<{ createVenue: { id: string } }>(
    'mutation ($i: CreateVenueInput!) { createVenue(input: $i) { id } }',
    { i: { cityId, name: `${titleKo} 강의실`, kind: 'LIBRARY', address: `${cityId} 중앙로 1` } },
    staff[cityId]?.auth,
  );
  const closesAt = iso(4_000);
  const firstStart = new Date(Date.parse(closesAt) + 300);
  const created = await platform.query<{ createCourse: { id: string; sessions: { id: string }[] } }>(
    'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id sessions { id } } }',
    {
      i: {
        cityId,
        titleKo,
        titleEn: `${titleKo} (English)`,
        descriptionKo: `${titleKo} 과정`,
        category,
        format: 'OFFLINE',
        venueId: venue.body.data?.createVenue.id,
        capacity: 5,
        selection: 'FIRST_COME',
        eligibility: 'ANYONE',
        applicationOpensAt: iso(-60_000),
        applicationClosesAt: closesAt,
        sessions: [
          {
            startsAt: firstStart.toISOString(),
            endsAt: new Date(firstStart.getTime() + 3 * 3_600_000).toISOString(),
          },
        ],
      },
    },
    staff[cityId]?.auth,
  );
  if (!created.body.data) throw new Error(JSON.stringify(created.body.errors));
  const { id, sessions } = created.body.data.createCourse;
  await platform.query('mutation ($id: ID!) { publishCourse(id: $id) { id } }', { id }, staff[cityId]?.auth);
  return { id, cityId, sessionId: sessions[0]?.id as string, firstStart };
}

async function complete(course: Awaited<ReturnType<typeof openCourse>>) {
  const wait = course.firstStart.getTime() - Date.now() + 100;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const attended = await platform.query(
    'mutation ($s: ID!, $l: ID!) { recordAttendance(sessionId: $s, learnerId: $l, present: true) { id } }',
    { s: course.sessionId, l: learner.id },
    staff[course.cityId]?.auth,
  );
  expect(attended.body.errors).toBeUndefined();
  const finished = await platform.query<{ finishCourse: { status: string } }>(
    'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
    { id: course.id },
    staff[course.cityId]?.auth,
  );
  expect(finished.body.data?.finishCourse.status).toBe('FINISHED');
}

const mineQuery = `{ me { certificates { number holderName courseTitle hours category city { id name }
  course { id } credential pdfPath verificationCode }
  transcript { totalHours hoursByCategory { category hours } records(first: 50) { edges { node { verb city { id } } } } } } }`;

interface Mine {
  me: {
    certificates: Certificate[];
    transcript: {
      totalHours: number;
      hoursByCategory: { category: string; hours: number }[];
      records: { edges: { node: { verb: string; city: { id: string } } }[] };
    };
  };
}

/** The learner's certificates and transcript once `count` certificates arrived (relays run every half second). */
async function mine(count: number): Promise<Mine['me']> {
  // The relays back off up to 10 s while history is down.
  for (let i = 0; i < 150; i++) {
    const response = await platform.query<Mine>(mineQuery, {}, learner.auth);
    const me = response.body.data?.me;
    if (me && me.certificates.length >= count) return me;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`fewer than ${count} certificates arrived`);
}

beforeAll(async () => {
  platform = await startPlatform({ relays: true });
  [staff.siheung, staff.suwon] = await Promise.all([
    withRole(platform, 'CITY_STAFF', 'siheung'),
    withRole(platform, 'CITY_STAFF', 'suwon'),
  ]);
});
afterAll(() => platform?.stop());

describe('one history and verifiable certificates across cities', () => {
  let certificates: Certificate[];

  it('credits both completions, before and after a move, in one transcript with two certificates', async () => {
    // history is down the whole time the learner signs up, applies, moves, attends and completes:
    // every event waits in the outboxes and arrives once it is back.
    await platform.stopSubgraph('history');
    try {
      learner = await signUp(platform, { residenceCityId: 'siheung', displayName: '한결같이' });
      const siheung = await openCourse('siheung', '시흥 생태 해설가 과정', 'CIVIC_PARTICIPATION');
      const suwon = await openCourse('suwon', '수원 화성 인문학', 'HUMANITIES');
      const apply = (courseId: string) =>
        platform.query<{ applyToCourse: { status: string } }>(
          'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }',
          { c: courseId },
          learner.auth,
        );
      expect((await apply(siheung.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
      await platform.query('mutation { moveResidence(cityId: "suwon") { id } }', {}, learner.auth);
      expect((await apply(suwon.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
      await complete(siheung);
      await complete(suwon);
    } finally {
      await platform.restartSubgraph('history');
    }

    const me = await mine(2);
    certificates = me.certificates;
    expect(
      certificates.map((c) => [c.city.id, c.courseTitle, c.holderName, c.hours, c.category]).sort(),
    ).toEqual([
      ['siheung', '시흥 생태 해설가 과정', '한결같이', 3, 'CIVIC_PARTICIPATION'],
      ['suwon', '수원 화성 인문학', '한결같이', 3, 'HUMANITIES'],
    ]);
    expect(certificates.map((c) => c.number.slice(8, 13)).sort()).toEqual(['41110', '41390']);
    expect(me.transcript.totalHours).toBe(6);
    const verbs = me.transcript.records.edges.map((e) => `${e.node.verb}@${e.node.city.id}`);
    expect(verbs).toEqual(
      expect.arrayContaining([
        'COMPLETED@siheung',
        'CERTIFIED@siheung',
        'MOVED@suwon',
        'COMPLETED@suwon',
        'CERTIFIED@suwon',
      ]),
    );
  });

  it('verifies each certificate publicly (whole with its code), and offline with the JWKS the gateway publishes', async () => {
    const jwks = (await (
      await fetch(`${platform.gatewayOrigin}/.well-known/jwks.json`)
    ).json()) as JSONWebKeySet;
    for (const cert of certificates) {
      const verify = (code: string | null) =>
        platform.query<{
          verifyCertificate: {
            valid: boolean;
            maskedHolderName: string | null;
            certificate: { holderName: string; courseTitle: string } | null;
          };
        }>(
          `query ($n: String!, $c: String) { verifyCertificate(number: $n, code: $c) { valid maskedHolderName
            certificate { holderName courseTitle } } }`,
          { n: cert.number, c: code },
        );
      expect((await verify(null)).body.data?.verifyCertificate).toEqual({
        valid: true,
        maskedHolderName: '한**이',
        certificate: null,
      });
      expect((await verify(cert.verificationCode)).body.data?.verifyCertificate).toEqual({
        valid: true,
        maskedHolderName: '한**이',
        certificate: { holderName: '한결같이', courseTitle: cert.courseTitle },
      });
      const { payload } = await jwtVerify(cert.credential, createLocalJWKSet(jwks), {
        algorithms: ['EdDSA'],
      });
      expect(payload).toMatchObject({
        type: ['VerifiableCredential', 'AchievementCredential'],
        credentialSubject: { achievement: { name: cert.courseTitle, humanCode: cert.number } },
      });
    }
  });

  it('lets the holder download the PDF through the gateway, and nobody else', async () => {
    const cert = certificates[0] as Certificate;
    const get = (headers: Record<string, string>) =>
      fetch(`${platform.gatewayOrigin}${cert.pdfPath}`, { headers });
    const pdf = await get(learner.auth);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await get({})).status).toBe(401);
    expect((await get({ authorization: 'Bearer not.a.token' })).status).toBe(401);
    const stranger = await signUp(platform);
    const refused = await get(stranger.auth);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows the province table and the gap to an analyst, as GraphQL and CSV, never to a resident', async () => {
    const analyst = await signIn(platform, demo.analyst.email, demo.analyst.password);
    const year = new Date().getFullYear();
    const variables = { from: `${year}-01-01T00:00:00+09:00`, to: `${year + 1}-01-01T00:00:00+09:00` };
    const statsQuery = `query ($from: DateTime!, $to: DateTime!) { provinceStats(from: $from, to: $to) {
      participationGap csvPath cities { city { id name } activeLearners participationRate } } }`;
    const table = await platform.query<{
      provinceStats: {
        participationGap: number;
        csvPath: string;
        cities: { city: { id: string; name: string }; activeLearners: number | null }[];
      };
    }>(statsQuery, variables, analyst.auth);
    expect(table.body.errors).toBeUndefined();
    const stats = table.body.data?.provinceStats;
    expect(stats?.cities).toHaveLength(31);
    expect(stats?.cities[0]?.city.name).toBe('수원시');
    expect(stats?.participationGap).toBeGreaterThanOrEqual(1);
    const csv = await fetch(`${platform.gatewayOrigin}${stats?.csvPath}`, { headers: analyst.auth });
    expect(csv.status).toBe(200);
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(32);

    const resident = await platform.query(statsQuery, variables, learner.auth);
    expect(resident.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await platform.query(
      statsQuery,
      { from: variables.to, to: variables.from },
      analyst.auth,
    );
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('verifies a certificate revoked by an admin as invalid, without the reason', async () => {
    const admin = await signIn(platform, demo.admin.email, demo.admin.password);
    const cert = certificates[1] as Certificate;
    const revoked = await platform.query(
      'mutation ($n: String!) { revokeCertificate(number: $n, reason: "발급 오류") { number } }',
      { n: cert.number },
      admin.auth,
    );
    expect(revoked.body.errors).toBeUndefined();
    const answer = await platform.query<{ verifyCertificate: { valid: boolean; reason: string } }>(
      'query ($n: String!) { verifyCertificate(number: $n) { valid reason } }',
      { n: cert.number },
    );
    expect(answer.body.data?.verifyCertificate).toEqual({
      valid: false,
      reason: 'This certificate was revoked.',
    });
  });
});

// Public verification cannot list who took which course: a bare number (or a wrong code) answers
// valid or not with a masked name; the whole certificate needs the code its QR code carries, which
// only the holder and staff read; revocation never says why; credentials of one person share no
// subject; and after the holder erased their account no name shows anywhere.
import { randomUUID } from 'node:crypto';
import { erasedHolderName } from '@baeumteo/contracts';
import { type Caller, publicJwks, type SubgraphService } from '@baeumteo/server';
import {
  callSubgraph,
  startTestSubgraph,
  type TestSubgraph,
  testSigningKeys,
} from '@baeumteo/server/testing';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { verifyCredential } from '../src/rules/credential.ts';
import { startHistory } from '../src/service.ts';
import { type Cert, certificateSteps, completed, learner, profile } from './certificateSteps.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

const { post, certificatesOf } = certificateSteps(() => service);

interface Verification {
  valid: boolean;
  reason: string | null;
  maskedHolderName: string | null;
  certificate: {
    number: string;
    holderName: string;
    courseTitle: string;
    credential: string;
    verificationCode: string | null;
    revocationReason: string | null;
    verificationUrl: string;
  } | null;
}

const verify = async (number: string, code?: string | null, caller: Caller | null = null) => {
  const { data, errors } = await callSubgraph<{ verifyCertificate: Verification }>(
    service.url,
    `query ($n: String!, $c: String) { verifyCertificate(number: $n, code: $c) { valid reason maskedHolderName
      certificate { number holderName courseTitle credential verificationCode revocationReason verificationUrl } } }`,
    { n: number, c: code ?? null },
    { caller },
  );
  expect(errors).toBeUndefined();
  return data?.verifyCertificate as Verification;
};

const siheungStaff: Caller = {
  id: randomUUID(),
  roles: [{ role: 'CITY_STAFF', cityId: 'siheung' }],
  residenceCityId: 'siheung',
};

describe('public verification', () => {
  let holderId: string;
  let cert: Cert;
  beforeAll(async () => {
    holderId = randomUUID();
    await post([profile(holderId, '송하늘'), completed(holderId, '성인 문해 교실')]);
    [cert] = (await certificatesOf(holderId)) as [Cert];
  });

  it('gives the holder an unguessable code, in the address the QR code holds', () => {
    expect(cert.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(cert.verificationUrl).toBe(
      `http://localhost:5173/verify/${cert.number}?code=${cert.verificationCode}`,
    );
  });

  it('answers a bare number, or a wrong code, with validity and a masked name only', async () => {
    const bare = { valid: true, reason: null, maskedHolderName: '송*늘', certificate: null };
    expect(await verify(cert.number)).toEqual(bare);
    expect(await verify(cert.number, 'ABCDEFGHJKMNPQRS')).toEqual(bare);
    expect(await verify(cert.number, '')).toEqual(bare);
  });

  it('shows the whole certificate with the code, without the code or the address carrying it', async () => {
    const full = await verify(cert.number, cert.verificationCode?.toLowerCase());
    expect(full).toMatchObject({ valid: true, maskedHolderName: '송*늘' });
    expect(full.certificate).toMatchObject({
      number: cert.number,
      holderName: '송하늘',
      courseTitle: '성인 문해 교실',
      verificationCode: null,
      verificationUrl: `http://localhost:5173/verify/${cert.number}`,
    });
    // The holder and the issuing city's staff read the code; staff of another city do not.
    expect(
      (await verify(cert.number, cert.verificationCode, learner(holderId))).certificate?.verificationCode,
    ).toBe(cert.verificationCode);
    expect(
      (await verify(cert.number, cert.verificationCode, siheungStaff)).certificate?.verificationCode,
    ).toBe(cert.verificationCode);
    const suwonStaff: Caller = { ...siheungStaff, roles: [{ role: 'CITY_STAFF', cityId: 'suwon' }] };
    expect(
      (await verify(cert.number, cert.verificationCode, suwonStaff)).certificate?.verificationCode,
    ).toBeNull();
  });

  it('gives every credential its own subject, never the learner id', async () => {
    await post([completed(holderId, '두 번째 과정')]);
    const both = await certificatesOf(holderId);
    expect(both).toHaveLength(2);
    const subjects = both.map((c) => decodeJwt(c.credential).sub);
    expect(new Set(subjects).size).toBe(2);
    for (const [i, c] of both.entries()) {
      const payload = await verifyCredential(c.credential, publicJwks(testSigningKeys));
      expect(payload.sub).toBe(subjects[i]);
      expect(payload.credentialSubject.id).toBe(payload.sub);
      expect(payload.sub).not.toContain(holderId);
      expect(JSON.stringify(payload)).not.toContain(holderId);
    }
  });

  it('says a revoked certificate is revoked, never why; the holder and staff still see why', async () => {
    const other = randomUUID();
    await post([profile(other, '정취소'), completed(other, '취소될 과정')]);
    const [revokedCert] = (await certificatesOf(other)) as [Cert];
    const revoked = await callSubgraph(
      service.url,
      'mutation ($n: String!) { revokeCertificate(number: $n, reason: "출석부 위조") { number } }',
      { n: revokedCert.number },
      { caller: siheungStaff },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await verify(revokedCert.number)).toEqual({
      valid: false,
      reason: 'This certificate was revoked.',
      maskedHolderName: null,
      certificate: null,
    });
    const withCode = await verify(revokedCert.number, revokedCert.verificationCode);
    expect(withCode.reason).toBe('This certificate was revoked.');
    expect(withCode.certificate?.revocationReason).toBeNull();
    expect(JSON.stringify(withCode)).not.toContain('출석부 위조');
    expect((await certificatesOf(other))[0]?.revocationReason).toBe('출석부 위조');
    expect(
      (await verify(revokedCert.number, revokedCert.verificationCode, siheungStaff)).certificate
        ?.revocationReason,
    ).toBe('출석부 위조');
  });

  it('shows no name once the holder erased their account, and the credential forgets it too', async () => {
    await post([profile(holderId, erasedHolderName)]);
    expect(await verify(cert.number)).toEqual({
      valid: true,
      reason: null,
      maskedHolderName: null,
      certificate: null,
    });
    const full = await verify(cert.number, cert.verificationCode);
    expect(full.certificate?.holderName).toBe(erasedHolderName);
    const payload = await verifyCredential(full.certificate?.credential ?? '', publicJwks(testSigningKeys));
    expect(payload.credentialSubject.identifier[0]?.identityHash).toBe(erasedHolderName);
    expect(payload.sub).toBe(decodeJwt(cert.credential).sub);
    const mine = await certificatesOf(holderId);
    const everything = JSON.stringify([mine, mine.map((c) => decodeJwt(c.credential))]);
    expect(everything).not.toContain('송하늘');
  });
});

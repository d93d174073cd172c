// The history subgraph over HTTP: public certificate verification of a bare number.
import { inTenant, type SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates, type tables } from '../src/db/schema.ts';
import { normalizeCertificateNumber } from '../src/rules/certificateNumber.ts';
import { startHistory } from '../src/service.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;
const verify = (number: string) =>
  callSubgraph<{
    verifyCertificate: {
      valid: boolean;
      reason: string | null;
      maskedHolderName: string | null;
      certificate: { holderName: string } | null;
    };
  }>(
    service.url,
    'query ($n: String!) { verifyCertificate(number: $n) { valid reason maskedHolderName certificate { holderName } } }',
    { n: number },
  );

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
  // Certificates are a city table: written under a tenant (here the province's).
  await inTenant(service.database.db, '*', (tx) =>
    tx.insert(certificates).values([
      {
        number: 'GG-2026-41390-000001',
        learnerId: '44444444-4444-4444-8444-444444444444',
        holderName: '김배움',
        courseTitle: '파이썬 기초',
        cityId: 'siheung',
        category: 'VOCATIONAL',
        hours: 16,
        credential: 'header.payload.signature',
        verificationCode: 'TESTCODE00000001',
      },
      {
        number: 'GG-2026-41390-000002',
        learnerId: '44444444-4444-4444-8444-444444444444',
        holderName: '김배움',
        courseTitle: '수채화',
        cityId: 'siheung',
        category: 'CULTURE_ARTS',
        hours: 12,
        credential: 'header.payload.signature',
        verificationCode: 'TESTCODE00000002',
        revokedAt: new Date(),
        revocationReason: 'issued in error',
      },
    ]),
  );
});
afterAll(() => subgraph?.stop());

describe('certificate verification', () => {
  it('normalizes what a person types', () => {
    expect(normalizeCertificateNumber(' gg-2026-41390-000001 ')).toBe('GG-2026-41390-000001');
    expect(normalizeCertificateNumber('GG-2026-41390')).toBeNull();
  });

  it('confirms an issued certificate with the masked name only', async () => {
    const { data } = await verify('gg-2026-41390-000001');
    expect(data?.verifyCertificate).toEqual({
      valid: true,
      reason: null,
      maskedHolderName: '김*움',
      certificate: null,
    });
  });

  it('answers invalid with a reason for malformed, unknown and revoked numbers, never an error', async () => {
    const malformed = await verify("'; select 1; --");
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data?.verifyCertificate).toMatchObject({ valid: false, certificate: null });
    expect(malformed.data?.verifyCertificate.reason).toMatch(/not a certificate number/);
    const unknown = await verify('GG-2026-41390-999999');
    expect(unknown.data?.verifyCertificate).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/No certificate/),
    });
    const revoked = await verify('GG-2026-41390-000002');
    // Revoked, never why.
    expect(revoked.data?.verifyCertificate).toEqual({
      valid: false,
      reason: 'This certificate was revoked.',
      maskedHolderName: null,
      certificate: null,
    });
  });
});

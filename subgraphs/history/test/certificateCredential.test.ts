// The certificate's credential: an Open Badges 3.0 VC-JWT that verifies offline with the published
// JWKS, and fails verification once tampered with or re-signed with a key that is not the province's.
import { randomUUID } from 'node:crypto';
import { generateSigningKeys, publicJwks, type SubgraphService } from '@baeumteo/server';
import { startTestSubgraph, type TestSubgraph, testSigningKeys } from '@baeumteo/server/testing';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { verifyCredential } from '../src/rules/credential.ts';
import { startHistory } from '../src/service.ts';
import { type Cert, certificateSteps, completed, profile } from './certificateSteps.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;
const jwks = publicJwks(testSigningKeys);

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

const { post, certificatesOf } = certificateSteps(() => service);

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

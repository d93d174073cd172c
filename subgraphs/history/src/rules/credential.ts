// A certificate as an Open Badges 3.0 AchievementCredential in the VC-JWT format: the credential's
// members are the JWT payload (with iss, sub, jti and nbf), signed EdDSA with the province's
// credential key. Anyone holding the public JWKS can verify it without calling us.
// The subject (`sub`, credentialSubject.id) is pairwise: a random id of this certificate alone,
// never the learner id, so that two credentials of one person cannot be linked by their subject.
import type { PublicJwk, SigningKey } from '@baeumteo/server';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';

export const issuerProfile = {
  id: 'https://baeumteo.gg.go.kr/issuer',
  type: ['Profile'],
  name: '경기도 평생학습 배움터 (Gyeonggi Province Lifelong Learning)',
  url: 'https://baeumteo.gg.go.kr',
} as const;

export interface CredentialFacts {
  certificateId: string;
  number: string;
  /** The certificate's own random subject id (certificates.subject_id), not the learner's id. */
  subjectId: string;
  holderName: string;
  courseId: string | null;
  courseTitle: string;
  courseTitleEn: string | null;
  cityId: string;
  cityName: string;
  category: string;
  hours: number;
  issuedAt: Date;
}

/** The AchievementCredential (Open Badges 3.0) that a certificate stands for. */
export function achievementCredential(f: CredentialFacts) {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${f.certificateId}`,
    type: ['VerifiableCredential', 'AchievementCredential'],
    name: `수료증 ${f.number}`,
    issuer: issuerProfile,
    validFrom: f.issuedAt.toISOString(),
    credentialSubject: {
      id: `urn:uuid:${f.subjectId}`,
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityHash: f.holderName, identityType: 'name', hashed: false },
      ],
      creditsEarned: f.hours,
      achievement: {
        id: f.courseId
          ? `https://baeumteo.gg.go.kr/courses/${f.courseId}`
          : `urn:uuid:${f.certificateId}:achievement`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: f.courseTitle,
        ...(f.courseTitleEn ? { alternateName: [f.courseTitleEn] } : {}),
        description: `${f.cityName} 평생학습 과정 수료 (${f.hours}시간)`,
        criteria: { narrative: '출석률 기준을 충족하여 과정을 수료함 (completed the course by its rule)' },
        fieldOfStudy: f.category,
        humanCode: f.number,
        creator: { id: `https://baeumteo.gg.go.kr/cities/${f.cityId}`, type: ['Profile'], name: f.cityName },
      },
    },
  };
}

export async function signCredential(facts: CredentialFacts, key: SigningKey): Promise<string> {
  const credential = achievementCredential(facts);
  return new SignJWT(credential as unknown as Record<string, unknown>)
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
    .setIssuer(issuerProfile.id)
    .setSubject(credential.credentialSubject.id)
    .setJti(credential.id)
    .setNotBefore(Math.floor(facts.issuedAt.getTime() / 1000))
    .sign(key.privateKey);
}

/**
 * Verifies a compact credential against a JWKS the way any verifier would, offline: EdDSA only,
 * our issuer, a key from the set. Throws when it does not verify.
 */
export async function verifyCredential(credential: string, jwks: { keys: PublicJwk[] }) {
  const { payload } = await jwtVerify(credential, createLocalJWKSet(jwks), {
    algorithms: ['EdDSA'],
    issuer: issuerProfile.id,
  });
  return payload as ReturnType<typeof achievementCredential> & { iss: string; sub: string; jti: string };
}

// What a learner is told when a certificate is issued to them (CERTIFICATE_ISSUED): its title and
// number, and the public verification page with their verification code, the address its QR code
// holds. The notice's id comes from the completion it certifies, so that the same certificate is
// one message however often its issuing is attempted or its notice delivered.
import { createHash } from 'node:crypto';
import type { NewNotice } from '@baeumteo/contracts';

type CertificateNotice = Extract<NewNotice, { kind: 'CERTIFICATE_ISSUED' }>;

/** Fixed for ever: changing it would tell every learner of their certificates again. */
const certificateNoticeNamespace = 'a3f1c9d4-6b2e-4f7a-8c15-9e0d2b7a4c63';

export interface IssuedCertificate {
  number: string;
  learnerId: string;
  cityId: string;
  courseTitle: string;
  issuedAt: Date;
  /** The COMPLETED record it certifies: one certificate, and one notice, per completion. */
  recordId: string;
}

export function certificateNotice(
  certificate: IssuedCertificate,
  verificationUrl: string,
): CertificateNotice {
  return {
    id: certificateNoticeId(certificate.recordId),
    kind: 'CERTIFICATE_ISSUED',
    learnerId: certificate.learnerId,
    cityId: certificate.cityId,
    occurredAt: certificate.issuedAt,
    title: certificate.courseTitle,
    number: certificate.number,
    verificationUrl,
  };
}

export function certificateNoticeId(recordId: string): string {
  return uuidV5(certificateNoticeNamespace, `certificate/${recordId}`);
}

/** RFC 9562 version 5: SHA-1 of the namespace's bytes and the name, with version and variant set. */
function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

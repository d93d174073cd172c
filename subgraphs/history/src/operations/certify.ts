// Issuing certificates: for every COMPLETED record of these learners that has none yet and whose
// holder's name is known, a number, a verification code, a pairwise subject, a signed credential,
// the certificate, its CERTIFIED record and the notice telling its holder (CERTIFICATE_ISSUED, with
// the verification page's address). Runs inside the ingestion transaction; safe to run
// concurrently (one certificate per record: a racing issuer finds it taken and issues nothing).
// The same step takes an erased holder's name off their certificates (and re-signs them).
import { randomBytes, randomUUID } from 'node:crypto';
import { erasedHolderName, findCity } from '@baeumteo/contracts';
import { koreaYear, type SigningKey } from '@baeumteo/server';
import type { Links } from '../context.ts';
import type { CertificateRow } from '../db/schema.ts';
import { certificatesRepo, type HistoryDb } from '../repo/certificates.ts';
import { queueNotices } from '../repo/notices.ts';
import { recordsRepo } from '../repo/records.ts';
import { certificateNotice } from '../rules/certificateNotice.ts';
import { formatCertificateNumber } from '../rules/certificateNumber.ts';
import { type CredentialFacts, signCredential } from '../rules/credential.ts';
import { certifiedRecord, titleOfStatement } from '../rules/statements.ts';
import { formatVerificationCode, verificationCodeBytes } from '../rules/verificationCode.ts';

/** What issuing needs: the credential key signs, the links say where a certificate is verified. */
export interface Issuer {
  key: SigningKey;
  links: Links;
}

type Issued = Omit<CertificateRow, 'credential' | 'revokedAt' | 'revocationReason' | 'recordId'>;

const factsOf = (c: Issued, cityName: string): CredentialFacts => ({
  certificateId: c.id,
  number: c.number,
  subjectId: c.subjectId,
  holderName: c.holderName,
  courseId: c.courseId,
  courseTitle: c.courseTitle,
  courseTitleEn: c.courseTitleEn,
  cityId: c.cityId,
  cityName,
  category: c.category,
  hours: c.hours,
  issuedAt: c.issuedAt,
});

export async function issuePending(
  tx: HistoryDb,
  learnerIds: readonly string[],
  { key, links }: Issuer,
  now = new Date(),
): Promise<number> {
  if (learnerIds.length === 0) return 0;
  await forgetErasedHolders(tx, learnerIds, key);
  const certificates = certificatesRepo(tx);
  let issued = 0;
  for (const { record, holderName } of await certificates.pendingCompletions(learnerIds)) {
    const title = titleOfStatement(record.statement);
    const city = findCity(record.cityId);
    if (!title || !record.category || !city) continue; // ingestion refuses such records
    const year = koreaYear(now);
    const certificate: Issued = {
      id: randomUUID(),
      number: formatCertificateNumber(year, city.code, await certificates.nextSerial(year, city.id)),
      learnerId: record.learnerId,
      holderName,
      courseId: record.courseId,
      courseTitle: title.ko,
      courseTitleEn: title.en,
      cityId: city.id,
      category: record.category,
      hours: record.hours,
      issuedAt: now,
      verificationCode: formatVerificationCode(randomBytes(verificationCodeBytes)),
      subjectId: randomUUID(),
    };
    const credential = await signCredential(factsOf(certificate, city.nameKo), key);
    if (!(await certificates.insert({ ...certificate, credential, recordId: record.id }))) continue;
    issued++;
    await recordsRepo(tx).insertNew([certifiedRecord(record, certificate.number, now)]);
    // Only the issuing transaction that won the record tells its holder: one message per certificate.
    const link = links.verificationUrl(certificate, certificate.verificationCode);
    await queueNotices(tx, [certificateNotice({ ...certificate, recordId: record.id }, link)]);
  }
  return issued;
}

/**
 * After a holder erased their account (learners then reports their name as the erased name),
 * their certificates show the erased name, and their credentials are signed again with it: the
 * old name stays nowhere in history. Same number, id and subject; still verifiable.
 */
export async function forgetErasedHolders(
  tx: HistoryDb,
  learnerIds: readonly string[],
  key: SigningKey,
): Promise<void> {
  const certificates = certificatesRepo(tx);
  for (const certificate of await certificates.namedDespiteErasure(learnerIds, erasedHolderName)) {
    const renamed = { ...certificate, holderName: erasedHolderName };
    const cityName = findCity(certificate.cityId)?.nameKo ?? certificate.cityId;
    await certificates.rename(
      certificate.id,
      erasedHolderName,
      await signCredential(factsOf(renamed, cityName), key),
    );
  }
}

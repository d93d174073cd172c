// Issuing certificates: for every COMPLETED record of these learners that has none yet and whose
// holder's name is known, a number, a signed credential, the certificate and its CERTIFIED record.
// Runs inside the ingestion transaction; safe to run concurrently (one certificate per record: a
// racing issuer finds it taken and issues nothing).
import { findCity } from '@baeumteo/contracts';
import { koreaYear, type SigningKey } from '@baeumteo/server';
import { certificatesRepo, type HistoryDb } from '../repo/certificates.ts';
import { recordsRepo } from '../repo/records.ts';
import { formatCertificateNumber } from '../rules/certificateNumber.ts';
import { signCredential } from '../rules/credential.ts';
import { certifiedRecord, titleOfStatement } from '../rules/statements.ts';

export async function issuePending(
  tx: HistoryDb,
  learnerIds: readonly string[],
  key: SigningKey,
  now = new Date(),
): Promise<number> {
  if (learnerIds.length === 0) return 0;
  const certificates = certificatesRepo(tx);
  let issued = 0;
  for (const { record, holderName } of await certificates.pendingCompletions(learnerIds)) {
    const title = titleOfStatement(record.statement);
    const city = findCity(record.cityId);
    if (!title || !record.category || !city) continue; // ingestion refuses such records
    const year = koreaYear(now);
    const number = formatCertificateNumber(year, city.code, await certificates.nextSerial(year, city.id));
    const id = crypto.randomUUID();
    const issuedFor = {
      learnerId: record.learnerId,
      holderName,
      courseId: record.courseId,
      courseTitle: title.ko,
      courseTitleEn: title.en,
      cityId: city.id,
      category: record.category,
      hours: record.hours,
      issuedAt: now,
    };
    const credential = await signCredential(
      { ...issuedFor, certificateId: id, number, cityName: city.nameKo },
      key,
    );
    if (!(await certificates.insert({ ...issuedFor, id, number, credential, recordId: record.id }))) continue;
    issued++;
    await recordsRepo(tx).insertNew([certifiedRecord(record, number, now)]);
  }
  return issued;
}

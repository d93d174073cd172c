// Who may see and change what in the learning history.
import {
  type Caller,
  forbidden,
  isAnalyst,
  isProvinceAdmin,
  isStaffOf,
  unauthenticated,
} from '@baeumteo/server';
import type { CertificateRow } from '../db/schema.ts';

/** The learner's own history and certificates: the learner and province admins. */
export function assertOwnHistory(caller: Caller | null, learnerId: string): void {
  if (caller?.id !== learnerId && !isProvinceAdmin(caller)) {
    throw forbidden('Only the learner sees their learning history.');
  }
}

/** A certificate's PDF: its holder, province admins and staff of the city that issued it. */
export const canReadCertificate = (caller: Caller | null, c: CertificateRow) =>
  caller?.id === c.learnerId || isProvinceAdmin(caller) || isStaffOf(caller, c.cityId);

/** Revocation: province admins and staff of the city that issued it. */
export const canRevokeCertificate = (caller: Caller | null, c: CertificateRow) =>
  isProvinceAdmin(caller) || isStaffOf(caller, c.cityId);

/** Province statistics: analysts and province admins, aggregates only. */
export function assertStatsReader(caller: Caller | null): void {
  if (!caller) throw unauthenticated();
  if (!isAnalyst(caller) && !isProvinceAdmin(caller)) {
    throw forbidden('Province statistics are for analysts and province admins.');
  }
}

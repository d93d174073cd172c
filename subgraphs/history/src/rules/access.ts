// Who may see and change what in the learning history.
import {
  actingRole,
  type Caller,
  forbidden,
  isAnalyst,
  isProvinceAdmin,
  isStaffOf,
  type RequestContext,
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

/** The access log entry for `action` on `subjectId`'s history, or null when the learner acts on their own. */
export function accessEntry(request: RequestContext, subjectId: string, action: string) {
  const actorRole = actingRole(request.caller, subjectId);
  if (actorRole === null) return null;
  return {
    subjectId,
    actorId: request.caller?.id ?? null,
    actorRole,
    action,
    ip: request.ip,
    correlationId: request.correlationId,
  };
}

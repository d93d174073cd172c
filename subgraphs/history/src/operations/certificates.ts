// Public verification and revocation of certificates.
import { erasedHolderName } from '@baeumteo/contracts';
import { badInput, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { CertificateRow } from '../db/schema.ts';
import { canRevokeCertificate } from '../rules/access.ts';
import { normalizeCertificateNumber } from '../rules/certificateNumber.ts';
import { maskHolderName } from '../rules/holderName.ts';
import { verificationCodeMatches } from '../rules/verificationCode.ts';

export interface Verification {
  valid: boolean;
  reason: string | null;
  maskedHolderName: string | null;
  certificate: CertificateRow | null;
}

const answer = (valid: boolean, reason: string | null, maskedHolderName: string | null = null) => ({
  valid,
  reason,
  maskedHolderName,
  certificate: null,
});

/**
 * Never an error: malformed, unknown and revoked numbers answer invalid with a reason (never why
 * it was revoked). A bare number (or a wrong code) answers valid or not with a masked name, so a
 * script walking the numbers learns no one's name and course; the right code shows the whole
 * certificate. After erasure there is no name to mask.
 */
export async function verifyCertificate(
  ctx: Context,
  rawNumber: string,
  code: string | null | undefined,
): Promise<Verification> {
  const number = normalizeCertificateNumber(rawNumber.slice(0, 64));
  if (!number) return answer(false, 'This is not a certificate number (e.g. GG-2026-41390-000123).');
  const certificate = await ctx.repo.certificates.byNumber(number);
  if (!certificate) return answer(false, 'No certificate with this number was issued.');
  const shown = verificationCodeMatches(certificate.verificationCode, code) ? certificate : null;
  if (certificate.revokedAt) return { ...answer(false, 'This certificate was revoked.'), certificate: shown };
  const masked = certificate.holderName === erasedHolderName ? null : maskHolderName(certificate.holderName);
  return { ...answer(true, null, masked), certificate: shown };
}

/** For province admins and the issuing city's staff; revoking twice keeps the first revocation. */
export async function revokeCertificate(
  ctx: Context,
  rawNumber: string,
  rawReason: string,
): Promise<CertificateRow> {
  if (!ctx.caller) throw unauthenticated();
  const reason = rawReason.trim();
  if (reason.length === 0 || reason.length > 500) {
    throw badInput('Give the reason for revoking, in at most 500 characters.', 'reason');
  }
  const number = normalizeCertificateNumber(rawNumber.slice(0, 64));
  const certificate = number ? await ctx.repo.certificates.byNumber(number) : null;
  // Another city's certificate answers like a missing one.
  if (!certificate || !canRevokeCertificate(ctx.caller, certificate)) {
    throw notFound('No certificate with this number.');
  }
  if (certificate.revokedAt) return certificate;
  const revoked = await ctx.repo.certificates.revoke(certificate, reason);
  if (revoked) await ctx.logAccess(certificate.learnerId, 'REVOKE_CERTIFICATE');
  return revoked ?? certificate;
}

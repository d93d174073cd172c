// Public verification and revocation of certificates.
import { badInput, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { CertificateRow } from '../db/schema.ts';
import { canRevokeCertificate } from '../rules/access.ts';
import { normalizeCertificateNumber } from '../rules/certificateNumber.ts';

export interface Verification {
  valid: boolean;
  certificate: CertificateRow | null;
  reason: string | null;
}

/** Never an error: malformed, unknown and revoked numbers answer invalid with the reason. */
export async function verifyCertificate(ctx: Context, rawNumber: string): Promise<Verification> {
  const number = normalizeCertificateNumber(rawNumber.slice(0, 64));
  if (!number) {
    return {
      valid: false,
      certificate: null,
      reason: 'This is not a certificate number (e.g. GG-2026-41390-000123).',
    };
  }
  const certificate = await ctx.repo.certificates.byNumber(number);
  if (!certificate)
    return { valid: false, certificate: null, reason: 'No certificate with this number was issued.' };
  if (certificate.revokedAt) {
    return {
      valid: false,
      certificate,
      reason: `Revoked: ${certificate.revocationReason ?? 'no reason given'}`,
    };
  }
  return { valid: true, certificate, reason: null };
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
  const revoked = await ctx.repo.certificates.revoke(certificate.id, reason);
  if (revoked) await ctx.logAccess(certificate.learnerId, 'REVOKE_CERTIFICATE');
  return revoked ?? certificate;
}

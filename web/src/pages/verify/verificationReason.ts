/** The history service's reasons for an invalid certificate (operations/certificates.ts), by key. */
const REASONS = {
  'This is not a certificate number (e.g. GG-2026-41390-000123).': 'notANumber',
  'No certificate with this number was issued.': 'unknown',
  'This certificate was revoked.': 'revoked',
} as const;

export type VerificationReason = (typeof REASONS)[keyof typeof REASONS];

/** Which of the known reasons the API gave, to say it in the visitor's language; undefined for another. */
export function verificationReasonOf(reason: string | null): VerificationReason | undefined {
  return reason && Object.hasOwn(REASONS, reason) ? REASONS[reason as keyof typeof REASONS] : undefined;
}

// Tokens sent by email: 256 random bits in base64url (43 characters), kept only as their
// SHA-256, each valid once and for a while: a day to confirm an address (a new one too), half an
// hour to reset a password.
import { createHash, randomBytes } from 'node:crypto';
import type { EmailTokenPurpose } from '../db/schema.ts';

export const tokenLifetimeMs: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 3_600_000,
  PASSWORD_RESET: 30 * 60_000,
  EMAIL_CHANGE: 24 * 3_600_000,
};

export function newEmailToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether a string can be a token at all: anything else is refused before any lookup. */
export const looksLikeToken = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

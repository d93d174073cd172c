// A certificate's verification code: what the holder's QR code carries besides the number, and
// what shows the whole certificate to whoever holds it. 80 random bits (crypto.randomBytes at
// issue time), written in Crockford's base32 (no I, L, O or U, so it reads aloud and types well).
import { createHash, timingSafeEqual } from 'node:crypto';

/** Random bytes per code: 10 bytes = 80 bits = 16 characters. */
export const verificationCodeBytes = 10;

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The code of these random bytes, 5 bits a character. */
export function formatVerificationCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += alphabet[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) code += alphabet[(value << (5 - bits)) & 31];
  return code;
}

/** What a person typed or an address carried: case, spaces and dashes do not matter. */
export const normalizeVerificationCode = (input: string) =>
  input
    .slice(0, 100)
    .toUpperCase()
    .replace(/[\s-]+/g, '');

/** Whether `given` is the certificate's code; compared in constant time (digests of equal length). */
export function verificationCodeMatches(stored: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const digest = (text: string) => createHash('sha256').update(normalizeVerificationCode(text)).digest();
  return timingSafeEqual(digest(stored), digest(given));
}

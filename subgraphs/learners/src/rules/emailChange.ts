// Changing the account's address: the new one must be an address, and another than the account's
// (the token sent to it confirms a change, so a change to the same address would confirm nothing).
import { badInput } from '@baeumteo/server';
import { checkEmail, normalizeEmail } from './signUp.ts';

/** The new address, normalized; BAD_USER_INPUT on `newEmail` when it is no address or the current one. */
export function checkNewEmail(current: string | null, newEmail: string): string {
  const email = checkEmail(newEmail, 'newEmail');
  if (current !== null && normalizeEmail(current) === email)
    throw badInput('This is already the address of your account.', 'newEmail');
  return email;
}

/** An address as the old one is told of the new: its first letter and its domain (k***@example.com). */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

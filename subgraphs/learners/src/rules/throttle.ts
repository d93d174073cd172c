// Sign-in attempts are throttled per account AND client, and per client, never per account
// alone: guesses from elsewhere never lock a resident out of their account from their own address.
// An attempt is counted before its password is checked (repo/signInThrottle.ts reserves it in one
// statement), so however many arrive at once, at most the allowed number reach argon2. A
// successful attempt is given back. Keys are hashes: no email or address is stored.
import { createHash } from 'node:crypto';

export const throttlePolicy = {
  windowMinutes: 15,
  /** Failed passwords for one account from one client within the window. */
  maxAccountClientFailures: 5,
  /** Failed passwords from one client within the window, whichever accounts. */
  maxClientFailures: 20,
};

export interface ThrottleKeys {
  /** This account from this client. */
  accountClient: string;
  /** This client, for every account. */
  client: string;
}

const hashed = (text: string) => createHash('sha256').update(text).digest('base64url');

export function throttleKeys(email: string, client: string | null): ThrottleKeys {
  const address = client ?? 'unknown';
  return {
    accountClient: hashed(`sign-in:account-client:${email}\n${address}`),
    client: hashed(`sign-in:client:${address}`),
  };
}

/** A window that began before this is over at `now`: its count starts afresh. */
export function windowStart(now: Date): Date {
  return new Date(now.getTime() - throttlePolicy.windowMinutes * 60_000);
}

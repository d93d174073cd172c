// Sign-in sessions: each ends for good a fixed time after it started, however often it is
// refreshed; its refresh tokens are random, single-use and stored only as hashes.
import { createHash, randomBytes } from 'node:crypto';

export const sessionPolicy = {
  /** How long a session lasts from sign-in (BAEUMTEO_SESSION_DAYS). */
  lifetimeDays: 30,
};

export function sessionExpiresAt(startedAt: Date, lifetimeDays: number): Date {
  return new Date(startedAt.getTime() + lifetimeDays * 86_400_000);
}

/** Whether a session still runs: not ended and not past its absolute end. */
export function isRunning(session: { endedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return session.endedAt === null && session.expiresAt > now;
}

/** 256 random bits: no throttle is needed against guessing. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the table keeps of a refresh token: enough to find it, nothing to use it with. */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(`baeumteo-refresh:${token}`).digest('base64url');
}

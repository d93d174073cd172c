// Failed sign-ins are throttled per account and per client address: after too many failures
// within the window, sign-in is locked for a while, whatever the password.
export const throttlePolicy = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxAccountFailures: 5,
  maxAddressFailures: 20,
};

export function accountKey(email: string): string {
  return `account:${email}`;
}

export function addressKey(ip: string | null): string {
  return `ip:${ip ?? 'unknown'}`;
}

export function isLocked(state: { lockedUntil: Date | null } | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

// The signed-in resident's session in this browser: the access token (15 minutes) and the
// refresh token that renews it, in localStorage so that a reload or a second tab stays signed in.
// The Content-Security-Policy (script-src 'self') keeps other scripts from reading it. Every tab
// hears of a change (the `storage` event), and renewals take turns across tabs (see renew.ts).

export interface StoredSession {
  token: string;
  refreshToken: string;
  /** When `token` stops working (ISO time). */
  expiresAt: string;
  /** When the session ends for good, however often it is renewed. */
  sessionExpiresAt: string;
}

const KEY = 'baeumteo.session';
const EXPIRED_KEY = 'baeumteo.session.expired';
const listeners = new Set<() => void>();

function isSession(value: unknown): value is StoredSession {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['token', 'refreshToken', 'expiresAt', 'sessionExpiresAt'].every((k) => typeof v[k] === 'string');
}

let cachedRaw: string | null | undefined;
let cached: StoredSession | null = null;

/** The stored session; null when signed out or when it has ended for good. */
export function readSession(): StoredSession | null {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: signed out on every page
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      cached = isSession(parsed) ? parsed : null;
    } catch {
      cached = null;
    }
  }
  if (cached && Date.parse(cached.sessionExpiresAt) <= Date.now()) return null;
  return cached;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function storeSession(session: StoredSession | null): void {
  try {
    if (session) window.localStorage.setItem(KEY, JSON.stringify(session));
    else window.localStorage.removeItem(KEY);
  } catch {
    // not persisted: this page keeps working until it is left
  }
  notify();
}

/** Forgets the session. `expired`: the API refused it, and the sign-in page says so once. */
export function endSession(expired: boolean): void {
  try {
    if (expired) window.sessionStorage.setItem(EXPIRED_KEY, '1');
    else window.sessionStorage.removeItem(EXPIRED_KEY);
  } catch {
    // the sign-in page will not mention why
  }
  storeSession(null);
}

/** Whether the last session ended because it expired; asking clears the note. */
export function takeExpiredNote(): boolean {
  try {
    const expired = window.sessionStorage.getItem(EXPIRED_KEY) === '1';
    window.sessionStorage.removeItem(EXPIRED_KEY);
    return expired;
  } catch {
    return false;
  }
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** GET a file the gateway serves to the signed-in resident (e.g. a certificate PDF) and save it. */
export async function downloadWithToken(url: string, token: string, filename: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

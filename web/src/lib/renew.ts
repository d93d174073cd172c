// A fresh access token when the stored one is about to expire. A refresh token works once (the
// API ends a session whose used refresh token comes back), so renewals take turns across every
// tab of this browser (Web Locks), and whoever comes second uses what the first one stored.
import { print } from 'graphql';
import { graphql } from '../generated';
import { endSession, readSession, type StoredSession, storeSession } from './session';

const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      token
      refreshToken
      expiresAt
      sessionExpiresAt
    }
  }
`);

/** Renew this long before the token expires, so that a request in flight does not carry a dead one. */
const RENEW_MARGIN_MS = 60_000;

function fresh(session: StoredSession): boolean {
  return Date.parse(session.expiresAt) - Date.now() > RENEW_MARGIN_MS;
}

async function exchange(graphqlUrl: string, session: StoredSession): Promise<string | null> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(RefreshSession), variables: { refreshToken: session.refreshToken } }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { refreshToken?: StoredSession } | null;
    errors?: { extensions?: { code?: string } }[];
  } | null;
  const next = body?.data?.refreshToken;
  if (next) {
    storeSession(next);
    return next.token;
  }
  const code = body?.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') {
    endSession(true); // the session is over: sign in again
    return null;
  }
  throw new Error(`could not renew the session (${response.status}${code ? ` ${code}` : ''})`);
}

/** Runs `work` when no other renewal of this browser (any tab) is running. */
function inTurn(work: () => Promise<string | null>): Promise<string | null> {
  return navigator.locks
    ? navigator.locks.request('baeumteo.session.renew', work).then((token) => token)
    : work();
}

let inFlight: Promise<string | null> | null = null;

/** The token to send now: the stored one, renewed first when it is about to expire; null when signed out. */
export async function currentToken(graphqlUrl: string): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (fresh(session)) return session.token;
  if (!inFlight) {
    inFlight = inTurn(async () => {
      const latest = readSession();
      if (!latest) return null;
      if (fresh(latest)) return latest.token; // another tab renewed it meanwhile
      return exchange(graphqlUrl, latest);
    }).finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

/**
 * A new token now, whatever the old one's age: after a change the token carries (the residence
 * after a move). A renewal another tab made since the call counts.
 */
export async function renewNow(graphqlUrl: string): Promise<string | null> {
  const before = readSession()?.token;
  return inTurn(async () => {
    const latest = readSession();
    if (!latest) return null;
    if (latest.token !== before) return latest.token;
    return exchange(graphqlUrl, latest);
  });
}

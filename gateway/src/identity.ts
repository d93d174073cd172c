// Who a request comes from: the client address (behind the proxies BAEUMTEO_TRUST_PROXY names,
// the right-most untrusted X-Forwarded-For hop) and the caller of a valid token whose session
// still runs, with the roles they still hold.
import type { IncomingMessage } from 'node:http';
import { clientAddress, type PublicJwk, parseTrustedProxies, tokenVerifier } from '@baeumteo/server';
import type { VerifyToken } from './context.ts';
import { type SessionCheckOptions, sessionChecker } from './sessions.ts';

export type AddressOf = (req: IncomingMessage) => string | null;

export function addressOf(trustProxy: string | undefined): AddressOf {
  const trusted = parseTrustedProxies(trustProxy);
  return (req) => clientAddress(req, trusted);
}

/**
 * Signature, issuer, audience and lifetime (tokens.ts), then the session (sessions.ts); `forget`
 * drops a learner's remembered sessions when this gateway sees them change (sessionEnds.ts).
 */
export function sessionVerifier(
  publicKeys: PublicJwk[],
  sessions: SessionCheckOptions,
): { verify: VerifyToken; forget: (learnerId: string) => void } {
  const verify = tokenVerifier(publicKeys);
  const checker = sessionChecker(sessions);
  return { verify: async (token) => checker.check(await verify(token)), forget: checker.forget };
}

// Access tokens: short-lived EdDSA JWTs issued by learners at sign-in, verified by the gateway.
// Each names its sign-in session (`sid`); the gateway also asks learners whether it still runs.
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { type Caller, isRoleGrant } from './caller.ts';
import type { PublicJwk, SigningKey } from './keys.ts';

export const tokenIssuer = 'baeumteo';
export const tokenAudience = 'baeumteo-api';
export const tokenLifetimeSeconds = 15 * 60;

/** The sign-in session an access token belongs to: its id (`sid`) and when it ends for good. */
export interface TokenSession {
  id: string;
  expiresAt: Date;
}

/**
 * A token for `caller` in `session`: it names the session (`sid`), so the gateway can refuse it
 * once the session ends, and never outlives the session.
 */
export async function issueAccessToken(
  key: SigningKey,
  caller: Caller,
  session: TokenSession,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = Math.min(iat + tokenLifetimeSeconds, Math.floor(session.expiresAt.getTime() / 1000));
  const token = await new SignJWT({
    roles: caller.roles.map((g) => ({ role: g.role, cityId: g.cityId })),
    residence: caller.residenceCityId,
    sid: session.id,
  })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
    .setSubject(caller.id)
    .setIssuer(tokenIssuer)
    .setAudience(tokenAudience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key.privateKey);
  return { token, expiresAt: new Date(exp * 1000) };
}

export class InvalidTokenError extends Error {}

/** How many verified tokens a verifier remembers (a gateway sees the same token on every page). */
const rememberedTokens = 10_000;

/**
 * Verifies signature (EdDSA only), issuer, audience and lifetime; anything else is refused. A token
 * verified once is remembered, by its exact text, until it expires: the same bytes verify the same
 * way, so only the lifetime is checked again (the session is checked by the caller, sessions.ts).
 */
export function tokenVerifier(publicKeys: PublicJwk[], now: () => number = Date.now) {
  const jwks = createLocalJWKSet({ keys: publicKeys });
  const verified = new Map<string, { caller: Caller; expiresAt: number }>();
  return async (token: string): Promise<Caller> => {
    const known = verified.get(token);
    if (known) {
      if (now() < known.expiresAt) return known.caller;
      verified.delete(token);
    }
    const caller = await verifyOnce(token);
    if (verified.size >= rememberedTokens) verified.delete(verified.keys().next().value as string);
    verified.set(token, caller);
    return caller.caller;
  };

  async function verifyOnce(token: string): Promise<{ caller: Caller; expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: ['EdDSA'],
        issuer: tokenIssuer,
        audience: tokenAudience,
        requiredClaims: ['sub', 'exp', 'iat', 'sid'],
        currentDate: new Date(now()),
      });
      const { roles: grants, residence, sid } = payload;
      if (typeof payload.sub !== 'string' || !Array.isArray(grants) || !grants.every(isRoleGrant)) {
        throw new InvalidTokenError('malformed claims');
      }
      if (residence !== null && typeof residence !== 'string')
        throw new InvalidTokenError('malformed claims');
      // A token without its session could never be ended: refused.
      if (typeof sid !== 'string' || sid.length === 0 || sid.length > 64)
        throw new InvalidTokenError('malformed claims');
      return {
        caller: { id: payload.sub, roles: grants, residenceCityId: residence, sessionId: sid },
        expiresAt: (payload.exp as number) * 1000,
      };
    } catch (error) {
      throw error instanceof InvalidTokenError ? error : new InvalidTokenError((error as Error).message);
    }
  }
}

// Access tokens: short-lived EdDSA JWTs issued by learners at sign-in, verified by the gateway.
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { type Caller, type RoleGrant, roles } from './caller.ts';
import type { PublicJwk, SigningKey } from './keys.ts';

export const tokenIssuer = 'baeumteo';
export const tokenAudience = 'baeumteo-api';
export const tokenLifetimeSeconds = 15 * 60;

export async function issueAccessToken(key: SigningKey, caller: Caller, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    roles: caller.roles.map((g) => ({ role: g.role, cityId: g.cityId })),
    residence: caller.residenceCityId,
  })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
    .setSubject(caller.id)
    .setIssuer(tokenIssuer)
    .setAudience(tokenAudience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + tokenLifetimeSeconds)
    .sign(key.privateKey);
}

export class InvalidTokenError extends Error {}

function isRoleGrant(value: unknown): value is RoleGrant {
  const grant = value as RoleGrant;
  return (
    typeof grant === 'object' &&
    grant !== null &&
    (roles as readonly string[]).includes(grant.role) &&
    (grant.cityId === null || typeof grant.cityId === 'string')
  );
}

/** Verifies signature (EdDSA only), issuer, audience and lifetime; anything else is refused. */
export function tokenVerifier(publicKeys: PublicJwk[]) {
  const jwks = createLocalJWKSet({ keys: publicKeys });
  return async (token: string): Promise<Caller> => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: ['EdDSA'],
        issuer: tokenIssuer,
        audience: tokenAudience,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const { roles: grants, residence } = payload;
      if (typeof payload.sub !== 'string' || !Array.isArray(grants) || !grants.every(isRoleGrant)) {
        throw new InvalidTokenError('malformed claims');
      }
      if (residence !== null && typeof residence !== 'string')
        throw new InvalidTokenError('malformed claims');
      return { id: payload.sub, roles: grants, residenceCityId: residence };
    } catch (error) {
      throw error instanceof InvalidTokenError ? error : new InvalidTokenError((error as Error).message);
    }
  };
}

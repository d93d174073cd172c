// Service-to-service trust. Every internal request carries an assertion its sender signs with
// its own Ed25519 key: a compact JWS naming the sender (iss) and the one service it is for (aud),
// valid for seconds, bound to this request (a hash of its method, path and body) and, from the
// gateway, carrying the verified caller, the client's address and the correlation id. Nothing
// secret travels: a captured request cannot be replayed elsewhere, altered or reused.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createLocalJWKSet, decodeJwt, jwtVerify, SignJWT } from 'jose';
import { type Caller, callerOfClaim } from './caller.ts';
import type { PublicJwk, SigningKey } from './keys.ts';

export const assertionHeader = 'x-baeumteo-assertion';
export const serviceNames = ['gateway', 'learners', 'courses', 'content', 'history'] as const;
export type ServiceName = (typeof serviceNames)[number];

const assertionType = 'baeumteo-assertion+jwt';
export const assertionLifetimeSeconds = 30;
/** The longest lifetime a verifier accepts, whatever the signer wrote. */
export const maxAssertionLifetimeSeconds = 60;
const clockToleranceSeconds = 5;

/** The request an assertion is bound to, as sent: `path` includes the query string. */
export interface SignedRequest {
  method: string;
  path: string;
  body: string | Uint8Array;
}

/** What the gateway asserts about the request's origin. */
export interface AssertedOrigin {
  caller: Caller | null;
  ip: string | null;
  correlationId: string | null;
}

export interface VerifiedAssertion extends AssertedOrigin {
  issuer: ServiceName;
}

export function requestHash(request: SignedRequest): string {
  return createHash('sha256')
    .update(`${request.method.toUpperCase()} ${request.path}\n`)
    .update(request.body)
    .digest('base64url');
}

export interface ServiceSigner<I extends ServiceName = ServiceName> {
  readonly issuer: I;
  /** The headers that prove `request` to `audience`. */
  sign(
    audience: string,
    request: SignedRequest,
    origin?: Partial<AssertedOrigin>,
  ): Promise<Record<string, string>>;
}

/** Signs as `issuer` with its private key; `now` is for tests (an expired assertion). */
export function serviceSigner<I extends ServiceName>(
  issuer: I,
  key: SigningKey,
  now: () => number = Date.now,
): ServiceSigner<I> {
  return {
    issuer,
    async sign(audience, request, origin = {}) {
      const iat = Math.floor(now() / 1000);
      const jws = await new SignJWT({
        rh: requestHash(request),
        caller: origin.caller ?? null,
        ip: origin.ip ?? null,
        cid: origin.correlationId ?? null,
      })
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: assertionType })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + assertionLifetimeSeconds)
        .setJti(randomUUID())
        .sign(key.privateKey);
      return { [assertionHeader]: jws };
    },
  };
}

/** The public keys a service accepts, by sender: each a JWKS, so that two keys overlap in a rotation. */
export type TrustedKeys = Partial<Record<ServiceName, readonly PublicJwk[]>>;

export class UnverifiedRequestError extends Error {}

const isServiceName = (value: unknown): value is ServiceName =>
  typeof value === 'string' && (serviceNames as readonly string[]).includes(value);

/** Ids of assertions already used, until they expire: each assertion is good for one request. */
function replayGuard() {
  const seen = new Map<string, number>();
  return (jti: string, exp: number) => {
    const now = Date.now() / 1000;
    if (seen.size > 10_000) for (const [id, until] of seen) if (until < now) seen.delete(id);
    if (seen.has(jti)) return false;
    seen.set(jti, exp + clockToleranceSeconds);
    return true;
  };
}

/**
 * Verifies the assertion of a request arriving at `audience`: signed (EdDSA) by a key of its
 * sender's set, for this service, unexpired, short-lived, not seen before and made for exactly
 * this method, path and body. Throws UnverifiedRequestError otherwise.
 */
export function assertionVerifier(audience: ServiceName, trusted: TrustedKeys) {
  const sets = new Map(
    Object.entries(trusted)
      .filter(([issuer, keys]) => isServiceName(issuer) && keys && keys.length > 0)
      .map(([issuer, keys]) => [issuer, createLocalJWKSet({ keys: [...(keys ?? [])] })]),
  );
  const firstUse = replayGuard();
  return async (headers: IncomingHttpHeaders, request: SignedRequest): Promise<VerifiedAssertion> => {
    const jws = headers[assertionHeader];
    if (typeof jws !== 'string') throw new UnverifiedRequestError('no assertion');
    let issuer: unknown;
    try {
      issuer = decodeJwt(jws).iss;
    } catch {
      throw new UnverifiedRequestError('malformed assertion');
    }
    const keys = isServiceName(issuer) ? sets.get(issuer) : undefined;
    if (!isServiceName(issuer) || !keys) throw new UnverifiedRequestError('sender not trusted');
    let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
    try {
      ({ payload } = await jwtVerify(jws, keys, {
        algorithms: ['EdDSA'],
        typ: assertionType,
        issuer,
        audience,
        clockTolerance: clockToleranceSeconds,
        maxTokenAge: maxAssertionLifetimeSeconds,
        requiredClaims: ['iat', 'exp', 'jti'],
      }));
    } catch (error) {
      throw new UnverifiedRequestError(`assertion refused: ${(error as Error).message}`);
    }
    const { iat = 0, exp = 0, jti = '' } = payload;
    if (exp - iat > maxAssertionLifetimeSeconds) throw new UnverifiedRequestError('assertion lives too long');
    if (payload.rh !== requestHash(request)) throw new UnverifiedRequestError('not made for this request');
    if (!firstUse(jti, exp)) throw new UnverifiedRequestError('assertion already used');
    let caller: Caller | null;
    try {
      caller = callerOfClaim(payload.caller);
    } catch {
      throw new UnverifiedRequestError('malformed caller');
    }
    return {
      issuer,
      caller,
      ip: typeof payload.ip === 'string' ? payload.ip : null,
      correlationId: typeof payload.cid === 'string' ? payload.cid : null,
    };
  };
}

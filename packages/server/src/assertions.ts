// Service-to-service trust. Every internal request carries an assertion its sender signs with
// its own Ed25519 key: a compact JWS naming the sender (iss) and the one service it is for (aud),
// valid for seconds, bound to this request (a hash of its method, path and body) and, from the
// gateway, carrying the verified caller, the client's address and the correlation id. Nothing
// secret travels: a captured request cannot be replayed elsewhere, altered or reused.
import {
  createHash,
  createPublicKey,
  type KeyObject,
  randomUUID,
  sign as signBytes,
  verify as verifyBytes,
} from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { type Caller, callerOfClaim } from './caller.ts';
import type { PublicJwk, SigningKey } from './keys.ts';

export const assertionHeader = 'x-baeumteo-assertion';
export const serviceNames = [
  'gateway',
  'learners',
  'courses',
  'content',
  'history',
  'notifications',
] as const;
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

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Signs as `issuer` with its private key; `now` is for tests (an expired assertion). The compact
 * JWS is made here with node:crypto's one-shot Ed25519 signature (synchronous, no WebCrypto job
 * per request: a gateway signs one per subgraph call); any JOSE library verifies it (jose does).
 */
export function serviceSigner<I extends ServiceName>(
  issuer: I,
  key: SigningKey,
  now: () => number = Date.now,
): ServiceSigner<I> {
  const header = base64url(JSON.stringify({ alg: 'EdDSA', kid: key.kid, typ: assertionType }));
  return {
    issuer,
    async sign(audience, request, origin = {}) {
      const iat = Math.floor(now() / 1000);
      const claims = {
        rh: requestHash(request),
        caller: origin.caller ?? null,
        ip: origin.ip ?? null,
        cid: origin.correlationId ?? null,
        iss: issuer,
        aud: audience,
        iat,
        exp: iat + assertionLifetimeSeconds,
        jti: randomUUID(),
      };
      const signingInput = `${header}.${base64url(JSON.stringify(claims))}`;
      const signature = signBytes(null, Buffer.from(signingInput), key.privateKey).toString('base64url');
      return { [assertionHeader]: `${signingInput}.${signature}` };
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

/** The parts of a compact JWS whose EdDSA signature checks out with one of `keys` (by kid). */
function verifiedClaims(jws: string, keys: ReadonlyMap<string, KeyObject>): Record<string, unknown> {
  const parts = jws.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part)))
    throw new UnverifiedRequestError('malformed assertion');
  const [encodedHeader, encodedClaims, signature] = parts as [string, string, string];
  const json = (part: string): Record<string, unknown> => {
    try {
      const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
      if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    } catch {
      // reported below
    }
    throw new UnverifiedRequestError('malformed assertion');
  };
  const header = json(encodedHeader);
  if (header.alg !== 'EdDSA') throw new UnverifiedRequestError('assertion refused: not EdDSA');
  if (header.typ !== assertionType) throw new UnverifiedRequestError('assertion refused: not an assertion');
  if ('crit' in header) throw new UnverifiedRequestError('assertion refused: unknown critical header');
  const key = typeof header.kid === 'string' ? keys.get(header.kid) : undefined;
  if (!key) throw new UnverifiedRequestError('assertion refused: no trusted key has this id');
  const signed = Buffer.from(`${encodedHeader}.${encodedClaims}`);
  if (!verifyBytes(null, signed, key, Buffer.from(signature, 'base64url')))
    throw new UnverifiedRequestError('assertion refused: signature verification failed');
  return json(encodedClaims);
}

/** The claims' issuer before the signature is checked: it names the key set to check it with. */
function claimedIssuer(jws: string): unknown {
  try {
    return JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'))?.iss;
  } catch {
    throw new UnverifiedRequestError('malformed assertion');
  }
}

/**
 * Verifies the assertion of a request arriving at `audience`: signed (EdDSA) by a key of its
 * sender's set, for this service, unexpired, short-lived, not seen before and made for exactly
 * this method, path and body. Throws UnverifiedRequestError otherwise. The signature is checked
 * with node:crypto's one-shot Ed25519 verification, synchronously: a subgraph checks one per request.
 */
export function assertionVerifier(audience: ServiceName, trusted: TrustedKeys) {
  const sets = new Map(
    Object.entries(trusted)
      .filter(([issuer, keys]) => isServiceName(issuer) && keys && keys.length > 0)
      .map(([issuer, keys]) => [
        issuer,
        new Map((keys ?? []).map((jwk) => [jwk.kid, createPublicKey({ key: { ...jwk }, format: 'jwk' })])),
      ]),
  );
  const firstUse = replayGuard();
  return async (headers: IncomingHttpHeaders, request: SignedRequest): Promise<VerifiedAssertion> => {
    const jws = headers[assertionHeader];
    if (typeof jws !== 'string') throw new UnverifiedRequestError('no assertion');
    const issuer = claimedIssuer(jws);
    const keys = isServiceName(issuer) ? sets.get(issuer) : undefined;
    if (!isServiceName(issuer) || !keys) throw new UnverifiedRequestError('sender not trusted');
    const payload = verifiedClaims(jws, keys);
    const { iat, exp, jti, aud } = payload;
    const now = Date.now() / 1000;
    if (payload.iss !== issuer) throw new UnverifiedRequestError('sender not trusted');
    if (aud !== audience && !(Array.isArray(aud) && aud.includes(audience)))
      throw new UnverifiedRequestError('assertion refused: not for this service');
    if (typeof iat !== 'number' || typeof exp !== 'number' || typeof jti !== 'string' || jti === '')
      throw new UnverifiedRequestError('assertion refused: missing claims');
    if (exp <= now - clockToleranceSeconds) throw new UnverifiedRequestError('assertion refused: expired');
    if (iat > now + clockToleranceSeconds)
      throw new UnverifiedRequestError('assertion refused: issued in the future');
    if (now - iat > maxAssertionLifetimeSeconds + clockToleranceSeconds)
      throw new UnverifiedRequestError('assertion refused: too old');
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

// The platform's Ed25519 keys, one per signer: the gateway (its assertions to subgraphs), each
// producer of learning events (learners, courses, content: their calls to other services), history
// (its notices to notifications), the token key (access tokens, learners) and the credential key
// (certificates, history). A key's `kid` is its RFC 7638 thumbprint. Where the keys come from is keyStore.ts.
import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { z } from 'zod';

export const keyNames = [
  'gateway',
  'learners',
  'courses',
  'content',
  'history',
  'token',
  'credential',
] as const;
export type KeyName = (typeof keyNames)[number];

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface PrivateJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicJwk;
}

/** Every private key of the platform (tests hold them all; a process only its own). */
export type PrivateKeys = Record<KeyName, SigningKey>;

export interface Jwks {
  keys: PublicJwk[];
}

const base64url32 = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url');

export const privateJwkSchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: base64url32,
  d: base64url32,
});

/** A public key as a verifier is given it: a private member (`d`) is refused, not ignored. */
export const publicJwkSchema = z
  .looseObject({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: base64url32,
    kid: z.string().min(1).max(100).optional(),
  })
  .refine((jwk) => !('d' in jwk), 'must hold public keys only');

export const jwksSchema = z.object({ keys: z.array(publicJwkSchema).min(1).max(50) });

/** RFC 7638: SHA-256 over the required members (crv, kty, x), in lexicographic order. */
export function jwkThumbprint(jwk: { crv: string; kty: string; x: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** The public half as published; `kid` is the thumbprint unless one is given (keys of old files). */
export function publicJwkOf(
  x: string,
  kid: string = jwkThumbprint({ crv: 'Ed25519', kty: 'OKP', x }),
): PublicJwk {
  return { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' };
}

export function signingKeyOf(jwk: PrivateJwk): SigningKey {
  const privateKey = createPrivateKey({ key: { ...jwk }, format: 'jwk' });
  const publicJwk = publicJwkOf(jwk.x);
  return { kid: publicJwk.kid, privateKey, publicJwk };
}

export function generatePrivateJwk(): PrivateJwk {
  const { x, d } = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return privateJwkSchema.parse({ kty: 'OKP', crv: 'Ed25519', x, d });
}

export const generateSigningKey = (): SigningKey => signingKeyOf(generatePrivateJwk());

/** A fresh key for every signer (tests, benches). */
export function generateSigningKeys(): PrivateKeys {
  return Object.fromEntries(keyNames.map((name) => [name, generateSigningKey()])) as PrivateKeys;
}

/** What anyone needs to verify tokens and certificates offline: the token and credential keys. */
export function publicJwks(keys: Pick<PrivateKeys, 'token' | 'credential'>): Jwks {
  return { keys: [keys.token.publicJwk, keys.credential.publicJwk] };
}

/** Several sets as one, each key once (by kid): e.g. the token and credential sets the gateway publishes. */
export function mergeJwks(...sets: readonly (readonly PublicJwk[])[]): Jwks {
  const byKid = new Map<string, PublicJwk>();
  for (const key of sets.flat()) if (!byKid.has(key.kid)) byKid.set(key.kid, key);
  return { keys: [...byKid.values()] };
}

/** Parses a JWKS (JSON text) into published keys; throws a zod error when it does not fit. */
export function parseJwks(json: string): PublicJwk[] {
  return jwksSchema.parse(JSON.parse(json)).keys.map((jwk) => publicJwkOf(jwk.x, jwk.kid));
}

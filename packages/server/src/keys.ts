// The province's Ed25519 signing keys: one signs access tokens (learners), one signs
// certificates (history). BAEUMTEO_SIGNING_KEYS (JSON of private JWKs) wins; otherwise a pair is
// generated once per data directory and reused. The gateway publishes the public halves as JWKS.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDirOf, type Env, EnvError } from './env.ts';

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicJwk;
}

export interface SigningKeys {
  token: SigningKey;
  credential: SigningKey;
}

type PrivateJwks = Record<keyof SigningKeys, { kty: string; crv: string; x: string; d: string }>;

function toSigningKey(jwk: PrivateJwks[keyof SigningKeys]): SigningKey {
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const { x } = createPublicKey(privateKey).export({ format: 'jwk' }) as { x: string };
  const kid = createHash('sha256').update(x).digest('base64url').slice(0, 16);
  return { kid, privateKey, publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' } };
}

function generateJwk() {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as PrivateJwks['token'];
}

export function generateSigningKeys(): SigningKeys {
  return { token: toSigningKey(generateJwk()), credential: toSigningKey(generateJwk()) };
}

function parse(json: string, source: string): SigningKeys {
  try {
    const jwks = JSON.parse(json) as PrivateJwks;
    return { token: toSigningKey(jwks.token), credential: toSigningKey(jwks.credential) };
  } catch {
    throw new EnvError(
      `${source} must hold {"token": <Ed25519 private JWK>, "credential": <Ed25519 private JWK>}`,
    );
  }
}

export function signingKeysOf(env: Env): SigningKeys {
  if (env.BAEUMTEO_SIGNING_KEYS) return parse(env.BAEUMTEO_SIGNING_KEYS, 'BAEUMTEO_SIGNING_KEYS');
  const file = join(dataDirOf(env), 'signing-keys.json');
  if (existsSync(file)) return parse(readFileSync(file, 'utf8'), file);
  mkdirSync(dirname(file), { recursive: true });
  const json = JSON.stringify({ token: generateJwk(), credential: generateJwk() });
  try {
    writeFileSync(file, json, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parse(readFileSync(file, 'utf8'), file);
    throw error;
  }
  chmodSync(file, 0o600);
  return parse(json, file);
}

/** The public JSON Web Key Set: what anyone needs to verify tokens and certificates offline. */
export function publicJwks(keys: SigningKeys): { keys: PublicJwk[] } {
  return { keys: [keys.token.publicJwk, keys.credential.publicJwk] };
}

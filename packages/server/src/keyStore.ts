// Where each process finds its keys. A deployment gives them in the environment: a process's own
// key as a private JWK (BAEUMTEO_<NAME>_KEY), the keys it verifies as a public JWKS
// (BAEUMTEO_<NAME>_JWKS: the active key first, then retired ones). The embedded default generates
// them once per data directory (keys.json, mode 0600) and reuses them. In production nothing is
// generated: a missing key stops the process with a line naming its variable.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDirOf, type Env, EnvError } from './env.ts';
import {
  generatePrivateJwk,
  type KeyName,
  keyNames,
  type PrivateJwk,
  type PrivateKeys,
  type PublicJwk,
  parseJwks,
  privateJwkSchema,
  publicJwkOf,
  publicJwkSchema,
  type SigningKey,
  signingKeyOf,
} from './keys.ts';

export const keyVariable = (name: KeyName) => `BAEUMTEO_${name.toUpperCase()}_KEY`;
export const jwksVariable = (name: KeyName) => `BAEUMTEO_${name.toUpperCase()}_JWKS`;
export const keyFileName = 'keys.json';

const entrySchema = z.object({
  active: privateJwkSchema,
  retired: z.array(publicJwkSchema.transform((jwk) => publicJwkOf(jwk.x, jwk.kid))),
});
type KeyFileEntry = z.output<typeof entrySchema>;
const keyFileSchema = z.record(z.enum(keyNames), entrySchema);
export type KeyFile = z.output<typeof keyFileSchema>;

/** Which retired public keys stay published: credential keys forever (a certificate verifies offline for good), others one overlap. */
export function keptRetired(name: KeyName, retired: readonly PublicJwk[]): PublicJwk[] {
  return name === 'credential' ? [...retired] : retired.slice(0, 1);
}

/** A new active key; the replaced one's public half is retired (and stays accepted). */
export function rotateEntry(name: KeyName, entry: KeyFileEntry): KeyFileEntry {
  return {
    active: generatePrivateJwk(),
    retired: keptRetired(name, [publicJwkOf(entry.active.x), ...entry.retired]),
  };
}

function readKeyFile(file: string): KeyFile {
  try {
    return keyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new EnvError(`${file} is not a key file of this version; run \`pnpm keys:rotate\` to complete it`);
  }
}

/** Keys of the data directory before each signer had its own (signing-keys.json): kept, with their old kid. */
function legacyEntries(dir: string): Partial<KeyFile> {
  const file = join(dir, 'signing-keys.json');
  if (!existsSync(file)) return {};
  const legacy = z
    .object({ token: privateJwkSchema, credential: privateJwkSchema })
    .safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!legacy.success) return {};
  const oldKid = (x: string) => createHash('sha256').update(x).digest('base64url').slice(0, 16);
  const carried = (jwk: PrivateJwk): KeyFileEntry => ({
    active: jwk,
    retired: [publicJwkOf(jwk.x, oldKid(jwk.x))],
  });
  return { token: carried(legacy.data.token), credential: carried(legacy.data.credential) };
}

function writeKeyFile(file: string, keys: KeyFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/**
 * A key file, with a key made for each signer added since it was written (its other keys kept);
 * null when it is not a key file of this version.
 */
function completedKeyFile(file: string): { keys: KeyFile; added: boolean } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const partial = z.partialRecord(z.enum(keyNames), entrySchema).safeParse(raw);
  if (!partial.success) return null;
  const stored = partial.data;
  const keys = Object.fromEntries(
    keyNames.map((name) => [name, stored[name] ?? { active: generatePrivateJwk(), retired: [] }]),
  ) as KeyFile;
  return { keys, added: keyNames.some((name) => !stored[name]) };
}

/**
 * The data directory's keys, generated on first use: the first process to write the file wins.
 * A file from before a signer was added gets that signer's key (`pnpm start` reads the file
 * before it starts the services, so they all find the same one).
 */
export function keyFileOf(env: Env): KeyFile {
  const dir = dataDirOf(env);
  const file = join(dir, keyFileName);
  if (existsSync(file)) {
    const stored = completedKeyFile(file);
    if (!stored) throw new EnvError(`${file} is not a key file of this version; remove it to make new keys`);
    if (stored.added) writeKeyFile(file, stored.keys);
    return stored.keys;
  }
  mkdirSync(dir, { recursive: true });
  const legacy = legacyEntries(dir);
  const fresh = Object.fromEntries(
    keyNames.map((name) => [name, legacy[name] ?? { active: generatePrivateJwk(), retired: [] }]),
  );
  try {
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file);
    throw error;
  }
  chmodSync(file, 0o600);
  // The shared secret of earlier versions is trusted by nothing any more.
  rmSync(join(dir, 'gateway-secret'), { force: true });
  return readKeyFile(file);
}

/** `pnpm keys:rotate` on the embedded default: rewrites the data directory's key file. */
export function rotateKeyFile(env: Env, names: readonly KeyName[]): { name: KeyName; kid: string }[] {
  const file = join(dataDirOf(env), keyFileName);
  let current: KeyFile;
  try {
    current = keyFileOf(env);
  } catch {
    throw new EnvError(`${file} cannot be read as a key file`);
  }
  const next: KeyFile = { ...current };
  for (const name of names) next[name] = rotateEntry(name, current[name]);
  writeKeyFile(file, next);
  return names.map((name) => ({ name, kid: publicJwkOf(next[name].active.x).kid }));
}

function parsed<T>(variable: string, raw: string, what: string, parse: (raw: string) => T): T {
  try {
    return parse(raw);
  } catch {
    // Never the value: it may be a private key.
    throw new EnvError(`${variable}: must be ${what}`);
  }
}

const missing = (variable: string, what: string) =>
  new EnvError(
    `${variable}: required with NODE_ENV=production (${what}; \`pnpm keys:rotate --print\` makes one)`,
  );

function privateKeyOf(env: Env, name: KeyName, production: boolean): SigningKey {
  const variable = keyVariable(name);
  const raw = env[variable];
  const what = `the ${name} key as an Ed25519 private JWK`;
  if (raw)
    return signingKeyOf(parsed(variable, raw, what, (text) => privateJwkSchema.parse(JSON.parse(text))));
  if (production) throw missing(variable, what);
  return signingKeyOf(keyFileOf(env)[name].active);
}

function publicKeyOf(env: Env, name: KeyName, production: boolean): PublicJwk[] {
  const variable = jwksVariable(name);
  const raw = env[variable];
  const what = `the ${name} public keys as a JWKS, {"keys": [...]}`;
  if (raw) return parsed(variable, raw, what, parseJwks);
  if (production) throw missing(variable, what);
  const entry = keyFileOf(env)[name];
  return [publicJwkOf(entry.active.x), ...entry.retired];
}

/** A process's own private keys, by name. */
export function privateKeysOf<N extends KeyName>(
  env: Env,
  names: readonly N[],
  production: boolean,
): Pick<PrivateKeys, N> {
  return Object.fromEntries(names.map((name) => [name, privateKeyOf(env, name, production)])) as Pick<
    PrivateKeys,
    N
  >;
}

/** The public keys a process verifies, by signer: each a JWKS (active and retired keys). */
export function publicKeysOf<N extends KeyName>(
  env: Env,
  names: readonly N[],
  production: boolean,
): Record<N, PublicJwk[]> {
  return Object.fromEntries(names.map((name) => [name, publicKeyOf(env, name, production)])) as Record<
    N,
    PublicJwk[]
  >;
}

/**
 * `pnpm keys:rotate --print` for a deployment: each key's new private JWK and the JWKS its
 * verifiers accept from now on (the new key first, then the replaced one and the retired ones
 * kept), from the current values in `env`.
 */
export function rotatedVariables(env: Env, names: readonly KeyName[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const name of names) {
    const jwks = env[jwksVariable(name)];
    const key = env[keyVariable(name)];
    const current = jwks
      ? parsed(jwksVariable(name), jwks, 'a JWKS', parseJwks)
      : key
        ? [privateKeyOf(env, name, true).publicJwk]
        : [];
    const active = generatePrivateJwk();
    variables[keyVariable(name)] = JSON.stringify(active);
    variables[jwksVariable(name)] = JSON.stringify({
      keys: [publicJwkOf(active.x), ...keptRetired(name, current)],
    });
  }
  return variables;
}

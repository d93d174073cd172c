// Keys: kids are RFC 7638 thumbprints; the embedded default generates one key per signer once per
// data directory; production never generates and names the missing variable; a rotation keeps the
// retired public keys (credential keys for ever) and prints deployments their new values.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { EnvError } from '../src/env.ts';
import {
  jwksVariable,
  keyFileOf,
  keyVariable,
  privateKeysOf,
  publicKeysOf,
  rotatedVariables,
  rotateKeyFile,
} from '../src/keyStore.ts';
import { generatePrivateJwk, jwkThumbprint, keyNames, publicJwkOf } from '../src/keys.ts';

const dataDir = () => ({ BAEUMTEO_DATA_DIR: mkdtempSync(join(tmpdir(), 'baeumteo-keys-')) });

describe('key ids', () => {
  it('are RFC 7638 thumbprints (RFC 8037’s Ed25519 example, and generated keys as jose computes them)', async () => {
    const x = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
    expect(jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x })).toBe(
      'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k',
    );
    const { x: generated } = generatePrivateJwk();
    const jwk = publicJwkOf(generated);
    expect(jwk.kid).toBe(await calculateJwkThumbprint(jwk, 'sha256'));
  });
});

describe('the embedded default', () => {
  it('generates one key per signer once per data directory (mode 0600) and reuses them', () => {
    const env = dataDir();
    const first = privateKeysOf(env, keyNames, false);
    expect(new Set(keyNames.map((name) => first[name].kid)).size).toBe(keyNames.length);
    expect(privateKeysOf(env, ['gateway'], false).gateway.kid).toBe(first.gateway.kid);
    expect(statSync(join(env.BAEUMTEO_DATA_DIR, 'keys.json')).mode & 0o777).toBe(0o600);
    expect(publicKeysOf(env, ['gateway'], false).gateway).toEqual([first.gateway.publicJwk]);
    expect(privateKeysOf(dataDir(), ['gateway'], false).gateway.kid).not.toBe(first.gateway.kid);
  });

  it('keeps the keys of an older data directory (signing-keys.json), with their old kid still published', () => {
    const env = dataDir();
    const [token, credential] = [generatePrivateJwk(), generatePrivateJwk()];
    writeFileSync(join(env.BAEUMTEO_DATA_DIR, 'signing-keys.json'), JSON.stringify({ token, credential }));
    writeFileSync(join(env.BAEUMTEO_DATA_DIR, 'gateway-secret'), 'old\n');
    const kept = publicKeysOf(env, ['credential'], false).credential;
    expect(kept.map((k) => k.x)).toEqual([credential.x, credential.x]);
    expect(kept[0]?.kid).toBe(jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: credential.x }));
    expect(kept[1]?.kid).toHaveLength(16); // the truncated hash older certificates name
    expect(() => statSync(join(env.BAEUMTEO_DATA_DIR, 'gateway-secret'))).toThrow();
  });
});

describe('keys from the environment', () => {
  it('take a private JWK for a process’s own key and a public JWKS for those it verifies', () => {
    const own = generatePrivateJwk();
    const other = publicJwkOf(generatePrivateJwk().x);
    const env = {
      [keyVariable('courses')]: JSON.stringify(own),
      [jwksVariable('gateway')]: JSON.stringify({ keys: [other] }),
    };
    expect(privateKeysOf(env, ['courses'], true).courses.kid).toBe(publicJwkOf(own.x).kid);
    expect(publicKeysOf(env, ['gateway'], true).gateway).toEqual([other]);
  });

  it('in production, refuse to start without them, naming the variable, and never write a key file', () => {
    const env = dataDir();
    expect(() => privateKeysOf(env, ['gateway'], true)).toThrow(EnvError);
    expect(() => privateKeysOf(env, ['gateway'], true)).toThrow(
      /^BAEUMTEO_GATEWAY_KEY: required with NODE_ENV=production/,
    );
    expect(() => publicKeysOf(env, ['token'], true)).toThrow(/^BAEUMTEO_TOKEN_JWKS: required/);
    expect(() => statSync(join(env.BAEUMTEO_DATA_DIR, 'keys.json'))).toThrow();
  });

  it('refuse a malformed value without repeating it, and a private key where public keys go', () => {
    const secret = JSON.stringify({ ...generatePrivateJwk(), d: 'short' });
    const bad = () => privateKeysOf({ [keyVariable('token')]: secret }, ['token'], true);
    expect(bad).toThrow(/^BAEUMTEO_TOKEN_KEY: must be/);
    expect(bad).not.toThrow(/short/);
    const leaked = JSON.stringify({ keys: [generatePrivateJwk()] });
    expect(() => publicKeysOf({ [jwksVariable('gateway')]: leaked }, ['gateway'], true)).toThrow(
      /^BAEUMTEO_GATEWAY_JWKS: must be/,
    );
  });
});

describe('rotation', () => {
  it('replaces the active keys and keeps the retired public keys: credential keys for ever, others one rotation', () => {
    const env = dataDir();
    const before = privateKeysOf(env, ['gateway', 'credential', 'token'], false);
    for (let i = 0; i < 3; i++) rotateKeyFile(env, ['gateway', 'credential']);
    const after = privateKeysOf(env, ['gateway', 'credential'], false);
    expect(after.credential.kid).not.toBe(before.credential.kid);
    const credentialKeys = publicKeysOf(env, ['credential'], false).credential;
    expect(credentialKeys).toHaveLength(4);
    expect(credentialKeys[0]?.kid).toBe(after.credential.kid);
    expect(credentialKeys.map((k) => k.kid)).toContain(before.credential.kid);
    expect(publicKeysOf(env, ['gateway'], false).gateway).toHaveLength(2);
    expect(statSync(join(env.BAEUMTEO_DATA_DIR, 'keys.json')).mode & 0o777).toBe(0o600);
    // Only the keys named were rotated.
    expect(privateKeysOf(env, ['token'], false).token.kid).toBe(before.token.kid);
    expect(Object.keys(keyFileOf(env)).sort()).toEqual([...keyNames].sort());
  });

  it("gives a key file from before a signer was added that signer's key, keeping every other key", () => {
    const env = dataDir();
    const file = join(env.BAEUMTEO_DATA_DIR, 'keys.json');
    const before = keyFileOf(env);
    const { history: _dropped, ...older } = before;
    writeFileSync(file, JSON.stringify(older));
    const after = keyFileOf(env);
    expect(Object.keys(after).sort()).toEqual([...keyNames].sort());
    expect(after.gateway).toEqual(before.gateway);
    expect(after.history.active.x).not.toBe(before.history.active.x);
    // Written back: the next process reads the same new key.
    expect(keyFileOf(env).history).toEqual(after.history);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, '{"gateway": 1}');
    expect(() => keyFileOf(env)).toThrow(/not a key file of this version/);
  });

  it('prints a deployment its new values: the new private key, and a JWKS with the new key and the replaced one', () => {
    const current = generatePrivateJwk();
    const printed = rotatedVariables({ [keyVariable('gateway')]: JSON.stringify(current) }, ['gateway']);
    const next = privateKeysOf(printed, ['gateway'], true).gateway;
    const jwks = publicKeysOf(printed, ['gateway'], true).gateway;
    expect(jwks.map((k) => k.kid)).toEqual([next.kid, publicJwkOf(current.x).kid]);
  });
});

// Rotating the credential key (`pnpm keys:rotate` on the embedded default): certificates issued
// before still verify offline with the JWKS published afterwards, and new ones carry the new key.

import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type PrivateKeys,
  privateKeysOf,
  publicKeysOf,
  rotateKeyFile,
  type SubgraphService,
} from '@baeumteo/server';
import { startTestSubgraph, type TestStartOptions, testSigningKeys } from '@baeumteo/server/testing';
import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { verifyCredential } from '../src/rules/credential.ts';
import { startHistory } from '../src/service.ts';
import { certificateSteps, completed, profile } from './certificateSteps.ts';

/** A certificate issued by a history that signs with the data directory's credential key of now. */
async function issueWith(env: Record<string, string>) {
  const keys: PrivateKeys = { ...testSigningKeys, ...privateKeysOf(env, ['credential'], false) };
  const subgraph = await startTestSubgraph((options: TestStartOptions) => startHistory({ ...options, keys }));
  try {
    const service: SubgraphService<typeof tables> = subgraph.service;
    const { post, certificatesOf } = certificateSteps(() => service);
    const id = randomUUID();
    await post([profile(id, '윤순환'), completed(id, '열쇠 바꾸기')]);
    const [certificate] = await certificatesOf(id);
    if (!certificate) throw new Error('no certificate issued');
    return certificate.credential;
  } finally {
    await subgraph.stop();
  }
}

describe('a credential-key rotation', () => {
  it('keeps every certificate verifiable offline with the new JWKS', async () => {
    const env = { BAEUMTEO_DATA_DIR: mkdtempSync(join(tmpdir(), 'baeumteo-rotation-')) };
    const before = await issueWith(env);
    const [rotated] = rotateKeyFile(env, ['credential']);
    const after = await issueWith(env);

    const jwks = { keys: publicKeysOf(env, ['credential'], false).credential };
    expect(decodeProtectedHeader(after).kid).toBe(rotated?.kid);
    expect(decodeProtectedHeader(before).kid).not.toBe(rotated?.kid);
    for (const credential of [before, after]) {
      expect((await verifyCredential(credential, jwks)).credentialSubject.achievement.name).toBe(
        '열쇠 바꾸기',
      );
    }
    // Without the retired key, the older certificate would no longer verify.
    await expect(verifyCredential(before, { keys: jwks.keys.slice(0, 1) })).rejects.toThrow();
  });
});

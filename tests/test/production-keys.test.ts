// Keys in production: nothing is generated. Each process refuses to start, in one line naming the
// variable, without its own private key or the public keys it verifies; a malformed key is named,
// never repeated.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePrivateJwk, jwksVariable, keyVariable, publicJwkOf, workspaceRoot } from '@baeumteo/server';
import { describe, expect, it } from 'vitest';

/** Runs a process's entry point as a container would; resolves with its exit code, stderr and data directory. */
function run(entry: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'baeumteo-keys-prod-'));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: workspaceRoot,
    env: { PATH: process.env.PATH ?? '', BAEUMTEO_DATA_DIR: dataDir, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stderr: string; dataDir: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stderr, dataDir })),
  );
}

const jwks = () => JSON.stringify({ keys: [publicJwkOf(generatePrivateJwk().x)] });
const required = (variable: string) =>
  new RegExp(`^baeumteo: cannot start: ${variable}: required with NODE_ENV=production`);

describe('keys in production', () => {
  const entries = {
    gateway: 'gateway/src/index.ts',
    courses: 'subgraphs/courses/src/index.ts',
    learners: 'subgraphs/learners/src/index.ts',
    history: 'subgraphs/history/src/index.ts',
  };
  const withGatewayJwks = () => ({ [jwksVariable('gateway')]: jwks() });
  it.each([
    { process: 'gateway', env: {}, variable: keyVariable('gateway') },
    { process: 'courses', env: {}, variable: jwksVariable('gateway') },
    { process: 'courses', env: withGatewayJwks(), variable: keyVariable('courses') },
    { process: 'learners', env: withGatewayJwks(), variable: keyVariable('token') },
    { process: 'history', env: withGatewayJwks(), variable: jwksVariable('courses') },
  ] as const)(
    '$process refuses to start without $variable, naming it, and generates nothing',
    async ({ process: name, env, variable }) => {
      const { code, stderr, dataDir } = await run(entries[name], env);
      expect(code).toBe(78);
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(required(variable))]);
      expect(readdirSync(dataDir)).toEqual([]);
    },
  );

  it('names a malformed key without repeating it', async () => {
    const leaked = JSON.stringify({ ...generatePrivateJwk(), d: 'not-a-real-private-part' });
    const { code, stderr } = await run(entries.gateway, { [keyVariable('gateway')]: leaked });
    expect(code).toBe(78);
    expect(stderr).toMatch(/^baeumteo: cannot start: BAEUMTEO_GATEWAY_KEY: must be /);
    expect(stderr).not.toContain('not-a-real-private-part');
  });
});

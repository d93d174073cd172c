// Production mode, as an operator meets it: a process with a bad or forbidden setting refuses to
// start with one line naming the variable; nothing demo is ever created; SIGTERM drains.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePrivateJwk, jwksVariable, keyVariable, publicJwkOf, workspaceRoot } from '@baeumteo/server';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';

interface Exit {
  code: number | null;
  stderr: string;
}

/** Starts one of the platform's processes the way a container would: its entry point, its environment. */
function launch(entry: string, env: Record<string, string>): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: workspaceRoot,
    env: {
      PATH: process.env.PATH ?? '',
      BAEUMTEO_DATA_DIR: mkdtempSync(join(tmpdir(), 'baeumteo-prod-')),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

const entries = {
  learners: 'subgraphs/learners/src/index.ts',
  courses: 'subgraphs/courses/src/index.ts',
  content: 'subgraphs/content/src/index.ts',
  history: 'subgraphs/history/src/index.ts',
  gateway: 'gateway/src/index.ts',
};

describe('refusing to start', () => {
  it.each(Object.entries(entries))(
    '%s refuses demo data in production, in one line naming BAEUMTEO_DEMO',
    async (_, entry) => {
      const { exited } = launch(entry, { NODE_ENV: 'production', BAEUMTEO_DEMO: '1' });
      const { code, stderr } = await exited;
      expect(code).toBe(78);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^baeumteo: cannot start: BAEUMTEO_DEMO: /),
      ]);
    },
  );

  it('names a malformed variable', async () => {
    const { exited } = launch(entries.courses, { COURSES_PORT: 'eighty', BAEUMTEO_DEMO: '' });
    const { code, stderr } = await exited;
    expect(code).toBe(78);
    expect(stderr.trim()).toMatch(/^baeumteo: cannot start: COURSES_PORT: /);
  });
});

const freePort = () => 40_000 + Math.floor(Math.random() * 20_000);

async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const up = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

describe('no demo data in production', () => {
  it('learners and courses start on an empty database with every key given, and create no demo account or course', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baeumteo-prod-empty-'));
    const keys = Object.fromEntries(
      (['token', 'learners', 'courses'] as const).map((name) => [
        keyVariable(name),
        JSON.stringify(generatePrivateJwk()),
      ]),
    );
    const gateway = generatePrivateJwk();
    const env = {
      NODE_ENV: 'production',
      BAEUMTEO_DATA_DIR: dataDir,
      [jwksVariable('gateway')]: JSON.stringify({ keys: [publicJwkOf(gateway.x)] }),
      ...keys,
    };
    for (const [name, entry] of [
      ['learners', entries.learners],
      ['courses', entries.courses],
    ] as const) {
      const port = freePort();
      const { child, exited } = launch(entry, { ...env, [`${name.toUpperCase()}_PORT`]: String(port) });
      await waitUntilUp(`http://127.0.0.1:${port}/ready`);
      child.kill('SIGINT');
      expect((await exited).code).toBe(0);
    }
    const learners = new PGlite(join(dataDir, 'learners'));
    const courses = new PGlite(join(dataDir, 'courses'));
    try {
      // The province and its cities are reference data, there from the first start; people are not.
      expect((await learners.query('select count(*)::int as n from learners.cities')).rows).toEqual([
        { n: 32 },
      ]);
      expect((await learners.query('select count(*)::int as n from learners.learners')).rows).toEqual([
        { n: 0 },
      ]);
      expect((await courses.query('select count(*)::int as n from courses.courses')).rows).toEqual([
        { n: 0 },
      ]);
      expect((await courses.query('select count(*)::int as n from courses.venues')).rows).toEqual([{ n: 0 }]);
    } finally {
      await learners.close();
      await courses.close();
    }
  });
});

describe('SIGTERM', () => {
  it('turns the gateway’s /ready to 503, then the gateway exits cleanly', async () => {
    const port = freePort();
    const { child, exited } = launch(entries.gateway, {
      GATEWAY_PORT: String(port),
      BAEUMTEO_SHUTDOWN_GRACE_MS: '1500',
      BAEUMTEO_SHUTDOWN_DEADLINE_MS: '2000',
    });
    const ready = `http://127.0.0.1:${port}/ready`;
    const status = () =>
      fetch(ready, { signal: AbortSignal.timeout(1_000) }).then(
        (r) => r.status,
        () => 0,
      );
    for (let i = 0; i < 100 && (await status()) !== 200; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await status()).toBe(200);
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(await status()).toBe(503);
    expect((await exited).code).toBe(0);
    expect(await status()).toBe(0);
  });
});

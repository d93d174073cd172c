// Once per test run: the city sites built in every skin, and one Chromium that every page test
// connects to. Each test file starts its own platform and serves these builds against it (the
// API address reaches a build through its runtime config.json, as in a deployment).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildCitySite, chromiumArgs, chromiumPath } from '../src/browser.ts';

/** The four skins: three cities with their own folder and one (Suwon) wearing the default. */
export const e2eCities = ['siheung', 'seongnam', 'namyangju', 'suwon'] as const;
export type E2ECity = (typeof e2eCities)[number];

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
    siteBuilds: Record<E2ECity, string>;
  }
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'baeumteo-sites-'));
  const builds = {} as Record<E2ECity, string>;
  for (const city of e2eCities) {
    builds[city] = join(root, city);
    // A build-time API address that answers nothing: the sites must take theirs from config.json.
    await buildCitySite(city, 'http://127.0.0.1:9/graphql', builds[city]);
  }
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  project.provide('siteBuilds', builds);
  return async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  };
}

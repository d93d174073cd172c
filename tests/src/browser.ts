// End-to-end helpers: build a city site and drive it in the machine's Chromium (Debian package
// `chromium`; CHROMIUM_PATH overrides the path).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';

const webDir = new URL('../../web/', import.meta.url).pathname;

/** Builds the site for one city into `outDir`, pointed at the given GraphQL URL (config.json may override it). */
export async function buildCitySite(city: string, graphqlUrl: string, outDir: string): Promise<void> {
  const vite = join(webDir, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: webDir,
      env: { ...process.env, CITY: city, GRAPHQL_URL: graphqlUrl },
    },
  );
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless on a closed network: no background connections, no sandbox (CI runs as root). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Media plays when a test presses play without a real user's gesture.
  '--autoplay-policy=no-user-gesture-required',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

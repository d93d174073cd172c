/// <reference lib="dom" />
// What every page test shares: the connected Chromium, the city builds served against this test
// file's platform (the site server, as in production: CSP, SPA fallback, config.json), a phone,
// axe, and screenshots written to tests/e2e/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startSiteServer } from '@baeumteo/site-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type Platform, startPlatform } from '../src/platform.ts';
import type { E2ECity } from './globalSetup.ts';

export type { E2ECity } from './globalSetup.ts';

export const phone = { width: 360, height: 780 };
export const desktop = { width: 1280, height: 900 };
const screenshotDir = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(screenshotDir, { recursive: true });

export interface Site {
  city: E2ECity;
  url: string;
  /** The build's folder (a test may add a file to serve, e.g. a media file). */
  root: string;
  /** An address on this site. */
  at(path: string): string;
  close(): Promise<void>;
}

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** Serves one city's build, pointed at the platform's gateway through config.json. */
export async function serveSite(city: E2ECity, platform: Platform): Promise<Site> {
  const root = inject('siteBuilds')[city];
  const server = await startSiteServer({
    root,
    port: 0,
    host: '127.0.0.1',
    graphqlUrl: platform.gatewayUrl,
    hsts: false,
    log: false,
  });
  return {
    city,
    url: server.url,
    root,
    at: (path) => new URL(path, server.url).toString(),
    close: server.close,
  };
}

export interface PageOptions {
  locale?: string;
  viewport?: { width: number; height: number };
}

/** A fresh visitor (own storage) on a phone unless told otherwise. */
export async function newVisitor(
  browser: Browser,
  { locale = 'ko-KR', viewport = phone }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    locale,
    timezoneId: 'Asia/Seoul',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // A script the Content-Security-Policy blocked, or a crash, shows up here and fails the test.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Uncaught/.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('close', () => expect(problems, 'page errors').toEqual([]));
  return { context, page };
}

/** Writes a screenshot of the whole page to tests/e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** axe-core finds no serious or critical violation (WCAG 2.1 A/AA rules) on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(serious, `axe on ${what}`).toEqual([]);
}

/** Waits until the page has settled: no "loading" status and fonts ready. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

type Messages = { [key: string]: string | Messages };
const messagesDir = new URL('../../web/src/i18n/messages/', import.meta.url).pathname;

/** A string of the site in a language, as the page shows it (`{{placeholders}}` filled from `values`). */
export function text(
  namespace:
    | 'common'
    | 'courses'
    | 'account'
    | 'library'
    | 'staff'
    | 'admin'
    | 'staffCourses'
    | 'staffTerm'
    | 'staffCity'
    | 'analyst'
    | 'notifications',
  locale: 'ko' | 'en' | 'zh' | 'vi',
  key: string,
  values: Record<string, string | number> = {},
): string {
  const all = JSON.parse(readFileSync(join(messagesDir, namespace, `${locale}.json`), 'utf8')) as Messages;
  let node: string | Messages | undefined = all;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message ${namespace}:${key} in ${locale}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/**
 * Signs a visitor in the way the site's own sign-in does (the API's AuthPayload kept in
 * localStorage), before any page of the context loads: for tests whose subject is not signing in.
 */
export async function signInVisitor(
  context: BrowserContext,
  platform: Platform,
  account: { email: string; password: string },
): Promise<void> {
  const answer = await platform.query<{
    signIn: { token: string; refreshToken: string; expiresAt: string; sessionExpiresAt: string };
  }>(
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token refreshToken expiresAt sessionExpiresAt } }',
    { e: account.email, p: account.password },
  );
  const session = answer.body.data?.signIn;
  if (!session) throw new Error(`signIn failed: ${JSON.stringify(answer.body.errors)}`);
  await context.addInitScript((stored) => {
    if (!window.localStorage.getItem('baeumteo.session'))
      window.localStorage.setItem('baeumteo.session', stored);
  }, JSON.stringify(session));
}

export interface Suite {
  platform(): Platform;
  browser(): Browser;
  site(city: E2ECity): Site;
}

/**
 * A test file's platform (its own, on fresh databases; `options.relays` to have learning reach
 * history as in production), the shared Chromium, and the given cities' sites served against it,
 * for the whole file.
 */
export function e2eSuite(
  cities: readonly E2ECity[],
  options: Parameters<typeof startPlatform>[0] = {},
): Suite {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  const sites = new Map<E2ECity, Site>();
  beforeAll(async () => {
    platform = await startPlatform(options);
    browser = await connectBrowser();
    for (const city of cities) sites.set(city, await serveSite(city, platform));
  });
  afterAll(async () => {
    await browser?.close();
    for (const site of sites.values()) await site.close();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} is not started yet (use it inside a test or a later hook)`);
    return value;
  };
  return {
    platform: () => started(platform, 'the platform'),
    browser: () => started(browser, 'the browser'),
    site: (city) => started(sites.get(city), `the site of ${city}`),
  };
}

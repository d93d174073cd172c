// `pnpm bench:web`: the city site's web budgets. Builds siheung and seongnam against a platform
// (in-memory PGlite with the demo seed), serves each build with packages/site-server, and checks
//   bundle: the initial JS (index.html's entry script + its modulepreloads, gzip -9 as the site
//           server sends it) <= 150 KiB, every other (lazily loaded) JS chunk <= 60 KiB;
//   paint:  first-contentful-paint <= 1000 ms and largest-contentful-paint <= 2000 ms (median),
//           Chromium as a mid-range phone: 360x780, CPU slowed 4x, a fresh context (empty cache)
//           per run, 1 warm-up then N runs; LCP read once the course cards are visible;
//   csp:    the built index.html has no inline <style>, style="" or inline <script>.
// Prints a table, writes bench/results/web-<time>.{json,md}, exits 1 when a budget fails.
//   pnpm bench:web [--runs 7] [--cities siheung,seongnam]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startSiteServer } from '@baeumteo/site-server';
import type { Browser } from 'playwright-core';
import { buildCitySite, launchChromium } from '../src/browser.ts';
import { startPlatform } from '../src/platform.ts';
import { describeMachine, machineOf, percentile, writeReport } from './report.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    cities: { type: 'string', default: 'siheung,seongnam' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const cities = values.cities
  .split(',')
  .map((c) => c.trim())
  .filter(Boolean);

const KiB = 1024;
const budgets = {
  initialJsGzipBytes: 150 * KiB,
  chunkJsGzipBytes: 60 * KiB,
  fcpMedianMs: 1000,
  lcpMedianMs: 2000,
};
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 360, height: 780 };
const CARDS = '[data-testid=course-card]';
// Never a hung CI job: the whole bench is meant to take well under three minutes.
const DEADLINE_MS = 5 * 60_000;
setTimeout(() => {
  process.stderr.write(`bench:web: not done after ${DEADLINE_MS / 60_000} minutes; giving up\n`);
  process.exit(2);
}, DEADLINE_MS).unref();

const log = (line: string) => process.stdout.write(`${line}\n`);
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

interface Check {
  name: string;
  limit: string;
  value: string;
  pass: boolean;
}

/** What the browser downloads before the app runs, and every chunk it may load later. */
function bundleOf(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const initial = tags
    .filter((t) => (t.startsWith('<script') && /type="module"/.test(t)) || /rel="modulepreload"/.test(t))
    .map((t) => attr(t, t.startsWith('<script') ? 'src' : 'href'))
    .filter((src): src is string => !!src && src.endsWith('.js'));
  const css = tags.filter((t) => /rel="stylesheet"/.test(t)).map((t) => attr(t, 'href') ?? '');
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  const relative = (src: string) => src.replace(/^.*?assets\//, 'assets/');
  const initialFiles = initial.map((src) => ({ name: relative(src), gzipBytes: gz(relative(src)) }));
  const initialNames = new Set(initialFiles.map((f) => f.name));
  const chunks = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js') && !initialNames.has(`assets/${name}`))
    .map((name) => ({ name: `assets/${name}`, gzipBytes: gz(`assets/${name}`) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  // Under the CSP (style-src 'self', script-src 'self') inline styles and scripts do not run.
  const inline = [
    ...(/<style\b/i.test(html) ? ['<style>'] : []),
    ...(/\sstyle="/i.test(html) ? ['style=""'] : []),
    ...(/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html) ? ['inline <script>'] : []),
  ];
  return {
    initialJsGzipBytes: initialFiles.reduce((sum, f) => sum + f.gzipBytes, 0),
    initialFiles,
    initialCssGzipBytes: css.reduce((sum, href) => sum + gz(relative(href)), 0),
    chunkCount: chunks.length,
    largestChunks: chunks.slice(0, 5),
    chunksOverBudget: chunks.filter((c) => c.gzipBytes > budgets.chunkJsGzipBytes),
    inline,
  };
}

interface PaintRun {
  fcpMs: number;
  lcpMs: number;
  cards: number;
}

// Run in the page (a string: this package's TypeScript has no DOM types). Buffered LCP entries
// arrive in a task of their own, hence the short wait.
const READ_PAINT = `new Promise((resolve) => {
  const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? -1;
  let lcp = -1;
  let element = '';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      lcp = entry.startTime;
      const el = entry.element;
      element = el ? el.tagName.toLowerCase() + (el.classList[0] ? '.' + el.classList[0] : '') : '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => resolve({ fcp, lcp, element }), 200);
})`;

/** One cold visit of the home page as a throttled phone: FCP, and LCP once the cards are there. */
async function visit(browser: Browser, url: string, waitForCards: boolean) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    // What the strict CSP refused (an inline style, a script or API origin it does not allow).
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        blocked.push(message.text().slice(0, 300));
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let cardsVisible = false;
    if (waitForCards) {
      cardsVisible = await page
        .locator(CARDS)
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
    }
    if (!cardsVisible) await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    const paint = await page.evaluate<{ fcp: number; lcp: number; element: string }>(READ_PAINT);
    const cards = await page.locator(CARDS).count();
    return {
      fcpMs: Math.round(paint.fcp),
      lcpMs: Math.round(paint.lcp),
      cards,
      cardsVisible,
      blocked,
      element: paint.element,
    };
  } finally {
    await context.close();
  }
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

// The platform's own logs would bury the table (LOG_LEVEL=info shows them).
process.env.LOG_LEVEL ??= 'warn';
const at = new Date().toISOString();
const started = Date.now();
log(
  `bench:web: ${cities.join(', ')}; ${runs} runs each after 1 warm-up; CPU ${CPU_SLOWDOWN}x slower, ${VIEWPORT.width}x${VIEWPORT.height}`,
);
const platform = await startPlatform();
const workDir = mkdtempSync(join(tmpdir(), 'bench-web-'));
const browser = await launchChromium();
const chromiumVersion = browser.version();
const results = [];
try {
  log(`platform up in ${((Date.now() - started) / 1000).toFixed(1)} s; building ${cities.join(', ')}...`);
  await Promise.all(cities.map((city) => buildCitySite(city, platform.gatewayUrl, join(workDir, city))));
  for (const city of cities) {
    const dir = join(workDir, city);
    const bundle = bundleOf(dir);
    const site = await startSiteServer({
      root: dir,
      port: 0,
      graphqlUrl: platform.gatewayUrl,
      hsts: false,
      log: false,
    });
    try {
      const warmUp = await visit(browser, site.url, true);
      const waitedFor = warmUp.cardsVisible
        ? 'course cards visible'
        : 'network idle (no course cards on the page)';
      const visits = [];
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, site.url, warmUp.cardsVisible));
      const samples: PaintRun[] = visits.map((v) => ({ fcpMs: v.fcpMs, lcpMs: v.lcpMs, cards: v.cards }));
      const fcp = summary(samples.map((s) => s.fcpMs));
      const lcp = summary(samples.map((s) => s.lcpMs));
      const overChunk = bundle.chunksOverBudget;
      const blocked = [...new Set([...warmUp.blocked, ...visits.flatMap((v) => v.blocked)])];
      const checks: Check[] = [
        {
          name: 'initial JS (gzip)',
          limit: `<= ${kib(budgets.initialJsGzipBytes)}`,
          value: kib(bundle.initialJsGzipBytes),
          pass: bundle.initialJsGzipBytes <= budgets.initialJsGzipBytes,
        },
        {
          name: 'largest lazy chunk (gzip)',
          limit: `<= ${kib(budgets.chunkJsGzipBytes)} each`,
          value: `${kib(bundle.largestChunks[0]?.gzipBytes ?? 0)}${overChunk.length ? ` (${overChunk.length} over)` : ''}`,
          pass: overChunk.length === 0,
        },
        {
          name: 'FCP median',
          limit: `<= ${budgets.fcpMedianMs} ms`,
          value: `${fcp.median} ms`,
          pass: fcp.median >= 0 && fcp.median <= budgets.fcpMedianMs,
        },
        {
          name: 'LCP median',
          limit: `<= ${budgets.lcpMedianMs} ms`,
          value: `${lcp.median} ms`,
          pass: lcp.median >= 0 && lcp.median <= budgets.lcpMedianMs,
        },
        {
          name: 'no inline style/script in index.html',
          limit: 'none',
          value: bundle.inline.join(', ') || 'none',
          pass: bundle.inline.length === 0,
        },
        {
          name: 'nothing blocked by the CSP on the home page',
          limit: 'none',
          value: blocked.length ? `${blocked.length}: ${blocked[0]}` : 'none',
          pass: blocked.length === 0,
        },
      ];
      results.push({
        city,
        bundle,
        paint: { waitedFor, lcpElement: warmUp.element, runs: samples, fcp, lcp },
        cspBlocked: blocked,
        checks,
      });
      log(
        `${city}: FCP median ${fcp.median} ms, LCP median ${lcp.median} ms (${waitedFor}, LCP element ${warmUp.element || '?'})`,
      );
    } finally {
      await site.close();
    }
  }
} finally {
  await browser.close();
  await platform.stop();
  rmSync(workDir, { recursive: true, force: true });
}

const machine = { ...machineOf('n/a (PGlite in memory)'), chromium: chromiumVersion };
const pass = results.every((r) => r.checks.every((c) => c.pass));
const lines = [
  `# Web budgets (${at})`,
  '',
  `${describeMachine(machine)} Chromium ${chromiumVersion}, CPU ${CPU_SLOWDOWN}x slower, ${VIEWPORT.width}x${VIEWPORT.height}, fresh context per run, ${runs} runs after 1 warm-up. Sizes are gzip -9 (what packages/site-server sends); 1 KiB = 1024 bytes.`,
  '',
  '| city | check | budget | value | |',
  '| --- | --- | --- | --- | --- |',
  ...results.flatMap((r) =>
    r.checks.map(
      (c) => `| ${r.city} | ${c.name} | ${c.limit} | ${c.value} | ${c.pass ? 'pass' : '**FAIL**'} |`,
    ),
  ),
  '',
  ...results.flatMap((r) => [
    `## ${r.city}`,
    '',
    `Initial JS: ${r.bundle.initialFiles.map((f) => `${f.name} ${kib(f.gzipBytes)}`).join(', ')}; initial CSS ${kib(r.bundle.initialCssGzipBytes)}; ${r.bundle.chunkCount} lazy JS chunks.`,
    `Largest lazy chunks: ${r.bundle.largestChunks.map((c) => `${c.name} ${kib(c.gzipBytes)}`).join(', ')}.`,
    `Paint (LCP after ${r.paint.waitedFor}; LCP element ${r.paint.lcpElement || 'unknown'}): FCP median ${r.paint.fcp.median} ms, p95 ${r.paint.fcp.p95} ms; LCP median ${r.paint.lcp.median} ms, p95 ${r.paint.lcp.p95} ms.`,
    `Runs (FCP/LCP ms): ${r.paint.runs.map((s) => `${s.fcpMs}/${s.lcpMs}`).join(', ')}.`,
    '',
  ]),
  pass ? 'All budgets met.' : 'Some budgets failed.',
  '',
];
const markdown = lines.join('\n');
const stem = writeReport(
  'web',
  at,
  {
    name: 'web',
    at,
    machine,
    budgets,
    runs,
    cpuSlowdown: CPU_SLOWDOWN,
    viewport: VIEWPORT,
    cities: results,
    pass,
  },
  markdown,
);
log('');
log(markdown);
log(`Written to ${stem}.{json,md} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(pass ? 0 : 1);

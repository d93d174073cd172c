import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SiteServer, SiteServerError, startSiteServer } from '../src/index.ts';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>\n';
const APP = `export const greeting = ${JSON.stringify('안녕하세요 '.repeat(200))};\n`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Raw node:http, so that the path goes out exactly as written (fetch would normalize "..") */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { hostname, port } = new URL(base);
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function makeRoot(withConfig = false): string {
  const root = mkdtempSync(join(tmpdir(), 'site-server-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets/app-abc123.js'), APP);
  writeFileSync(join(root, 'assets/logo-x1.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(root, '.env'), 'SECRET=1\n');
  symlinkSync('/etc/passwd', join(root, 'assets/passwd.js'));
  if (withConfig) writeFileSync(join(root, 'config.json'), '{"graphqlUrl":"/graphql"}\n');
  return root;
}

const roots: string[] = [];
const servers: SiteServer[] = [];
const logs: string[] = [];
async function serve(
  options: Partial<Parameters<typeof startSiteServer>[0]> & { withConfig?: boolean } = {},
) {
  const root = makeRoot(options.withConfig);
  roots.push(root);
  const server = await startSiteServer({ root, port: 0, log: (line) => logs.push(line), ...options });
  servers.push(server);
  return server;
}

afterAll(async () => {
  for (const server of servers) await server.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('a city site at /', () => {
  let site: SiteServer;
  beforeAll(async () => {
    site = await serve({ graphqlUrl: 'https://api.baeumteo.kr/graphql' });
  });

  it('sends the security headers on every answer, errors included', async () => {
    for (const path of ['/', '/assets/app-abc123.js', '/assets/missing.js', '/%2e%2e/x']) {
      const { headers } = await get(site.url, path);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), payment=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain('frame-src https://www.youtube-nocookie.com https://www.youtube.com');
      expect(csp).toContain('upgrade-insecure-requests');
    }
  });

  it("lets the page call its API: connect-src names the gateway's origin", async () => {
    const { headers } = await get(site.url, '/');
    expect(headers['content-security-policy']).toContain("connect-src 'self' https://api.baeumteo.kr;");
  });

  it('answers the app routes with index.html, never cached', async () => {
    for (const path of ['/', '/courses', '/courses/8a1b/apply', '/verify/GG-2026-000123?code=secret']) {
      const res = await get(site.url, path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.toString()).toBe(INDEX);
    }
  });

  it('caches the hashed assets for a year and types them with a charset', async () => {
    const res = await get(site.url, '/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body.toString()).toBe(APP);
    const svg = await get(site.url, '/assets/logo-x1.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const txt = await get(site.url, '/robots.txt');
    expect(txt.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(txt.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing chunk or file with a real 404, not the HTML', async () => {
    for (const path of ['/assets/app-old999.js', '/assets/whatever', '/favicon.ico', '/courses/list.json']) {
      const res = await get(site.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).not.toContain('<html');
    }
  });

  it('never leaves the root, however the path is spelled', async () => {
    const attempts = [
      '/../../../../etc/passwd',
      '/assets/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/..%5c..%5cetc%5cpasswd',
      '/assets\\..\\..\\etc\\passwd',
      '/index.html%00.js',
      '/%c0%ae%c0%ae/etc/passwd',
      '/.env',
      '/assets/passwd.js',
    ];
    for (const path of attempts) {
      const res = await get(site.url, path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body.toString(), path).not.toContain('root:');
      expect(res.body.toString(), path).not.toContain('SECRET');
    }
  });

  it('allows GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await get(site.url, '/', {}, method);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    const head = await get(site.url, '/assets/app-abc123.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(APP));
  });

  it('answers a known version with 304', async () => {
    const first = await get(site.url, '/assets/app-abc123.js');
    const etag = String(first.headers.etag);
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await get(site.url, '/assets/app-abc123.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    const since = await get(site.url, '/', { 'if-modified-since': String(first.headers['last-modified']) });
    expect(since.status).toBe(304);
    const other = await get(site.url, '/assets/app-abc123.js', { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
  });

  it('compresses text with brotli when accepted, else gzip, and says it varies', async () => {
    const br = await get(site.url, '/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(APP) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(APP);
    const gz = await get(site.url, '/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(APP);
    expect(gz.headers.etag).not.toBe(br.headers.etag);
    const refused = await get(site.url, '/assets/app-abc123.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const none = await get(site.url, '/assets/app-abc123.js');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(APP);
  });

  it('serves config.json from graphqlUrl when the build has none, never cached', async () => {
    const res = await get(site.url, '/config.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(res.body.toString())).toEqual({ graphqlUrl: 'https://api.baeumteo.kr/graphql' });
  });

  it('logs one JSON line per request, without the query string', async () => {
    logs.length = 0;
    await get(site.url, '/verify/GG-1?code=ABCD-SECRET');
    await new Promise((r) => setTimeout(r, 20));
    expect(logs).toHaveLength(1);
    const line = JSON.parse(logs[0] as string);
    expect(line).toMatchObject({ method: 'GET', path: '/verify/GG-1', status: 200 });
    expect(line.bytes).toBe(Buffer.byteLength(INDEX));
    expect(typeof line.ms).toBe('number');
    expect(logs[0]).not.toContain('SECRET');
  });

  it('survives a malformed request line', async () => {
    const res = await get(site.url, '/%E0%A4%A');
    expect(res.status).toBe(400);
    expect((await get(site.url, '/')).status).toBe(200);
  });
});

describe('a city site under a base path', () => {
  it('serves at the base, falls back to index.html there, and 404s outside', async () => {
    const site = await serve({ basePath: '/learn/', hsts: false });
    expect(site.url).toMatch(/\/learn\/$/);
    const origin = new URL(site.url).origin;
    expect((await get(origin, '/learn/')).body.toString()).toBe(INDEX);
    expect((await get(origin, '/learn/courses')).body.toString()).toBe(INDEX);
    const asset = await get(origin, '/learn/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get(origin, '/learn/assets/gone.js')).status).toBe(404);
    expect((await get(origin, '/assets/app-abc123.js')).status).toBe(404);
    expect((await get(origin, '/courses')).status).toBe(404);
    const bare = await get(origin, '/learn');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/learn/');
  });

  it('on plain http: no HSTS, no upgrade-insecure-requests, and no config.json without a URL', async () => {
    const site = await serve({ hsts: false });
    const res = await get(site.url, '/');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['content-security-policy']).toContain("connect-src 'self';");
    expect((await get(site.url, '/config.json')).status).toBe(404);
  });

  it("prefers the build's own config.json, and a same-origin API adds no origin", async () => {
    const site = await serve({ withConfig: true, graphqlUrl: '/graphql' });
    const res = await get(site.url, '/config.json');
    expect(JSON.parse(res.body.toString())).toEqual({ graphqlUrl: '/graphql' });
    expect(res.headers['content-security-policy']).toContain("connect-src 'self';");
  });
});

describe('starting', () => {
  it('refuses a root without index.html, naming it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'site-server-empty-'));
    roots.push(empty);
    await expect(startSiteServer({ root: empty, port: 0, log: false })).rejects.toThrow(SiteServerError);
    await expect(startSiteServer({ root: empty, port: 0, log: false })).rejects.toThrow(/has no index\.html/);
    await expect(startSiteServer({ root: join(empty, 'nope'), port: 0, log: false })).rejects.toThrow(
      /does not exist/,
    );
  });

  it('refuses a malformed base path or API URL', async () => {
    const root = makeRoot();
    roots.push(root);
    await expect(startSiteServer({ root, port: 0, basePath: 'learn', log: false })).rejects.toThrow(
      /base path/,
    );
    await expect(
      startSiteServer({ root, port: 0, graphqlUrl: 'javascript:alert(1)', log: false }),
    ).rejects.toThrow(/GraphQL URL/);
  });

  it('the CLI says so in a line and exits 1', async () => {
    const empty = realpathSync(mkdtempSync(join(tmpdir(), 'site-server-empty-')));
    roots.push(empty);
    const cli = new URL('../src/cli.ts', import.meta.url).pathname;
    const run = promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      cli,
      '--root',
      empty,
      '--port',
      '0',
    ]);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${empty} has no index.html`),
    });
  });
});

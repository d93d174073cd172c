// A built city site served as production serves it: files under the root at the base path,
// index.html for the app's own routes, a loud 404 for a missing file (a stale chunk must not be
// answered with HTML), hashed assets cached for a year, everything else revalidated, text
// compressed, strict security headers on every answer and one access-log line per request.
import { createReadStream, existsSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import {
  chooseEncoding,
  contentTypeOf,
  etagOf,
  FileCache,
  MAX_CACHED_BYTES,
  matchesEtag,
  type SiteFile,
  siteFileOf,
} from './files.ts';
import { IMMUTABLE, REVALIDATE, securityHeaders } from './headers.ts';
import { isBasePath, pathOf, sitePathOf } from './paths.ts';

export interface SiteServerOptions {
  /** The build's directory (web/dist/<city>): must hold index.html. */
  root: string;
  port: number;
  host?: string;
  /** Where the site lives on its host, as it was built (BASE_PATH): "/" or "/learn/". */
  basePath?: string;
  /** Served as config.json when the build has none: points the build at its API. */
  graphqlUrl?: string | undefined;
  /** HTTPS deployment (the default): HSTS and upgrade-insecure-requests. Off for plain local http. */
  hsts?: boolean;
  /** The access log: one JSON line per request. Default stdout; false for none. */
  log?: ((line: string) => void) | false;
}

export interface SiteServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A configuration the server cannot start with (no build at root, a malformed base path...). */
export class SiteServerError extends Error {}

const ALLOW = 'GET, HEAD';

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}

function validate(options: SiteServerOptions, root: string) {
  if (!existsSync(join(root, 'index.html')))
    throw new SiteServerError(
      `${root} has no index.html: build the site first (CITY=<id> pnpm build writes web/dist/<id>/)`,
    );
  const basePath = options.basePath ?? '/';
  if (!isBasePath(basePath))
    throw new SiteServerError(`the base path must start and end with "/", e.g. "/learn/"; got "${basePath}"`);
  if (options.graphqlUrl !== undefined && !/^(https?:\/\/|\/)\S*$/.test(options.graphqlUrl))
    throw new SiteServerError(
      `the GraphQL URL must be an http(s) URL or an absolute path; got "${options.graphqlUrl}"`,
    );
  return basePath;
}

/** Reads and compresses every file up front, so that the first visitor does not wait for brotli. */
async function warm(root: string, cache: FileCache) {
  const names = await readdir(root, { recursive: true });
  await Promise.all(
    names.map(async (name) => {
      if (name.split(sep).some((s) => s.startsWith('.'))) return;
      const file = await realpath(join(root, name)).catch(() => null);
      if (!file || !isInside(root, file)) return;
      const stats = await stat(file);
      if (stats.isFile() && stats.size <= MAX_CACHED_BYTES) await cache.get(file, stats);
    }),
  );
}

function listenUrl(host: string, port: number, basePath: string) {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}${basePath}`;
}

export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const root = await realpath(resolve(options.root)).catch(() => {
    throw new SiteServerError(`${resolve(options.root)} does not exist: build the site first`);
  });
  const basePath = validate(options, root);
  const host = options.host ?? '127.0.0.1';
  const security = securityHeaders({ graphqlUrl: options.graphqlUrl, hsts: options.hsts ?? true });
  const log =
    options.log === false ? () => {} : (options.log ?? ((line: string) => process.stdout.write(`${line}\n`)));
  const cache = new FileCache();
  const generatedConfig = options.graphqlUrl
    ? await siteFileOf(
        'config.json',
        Buffer.from(`${JSON.stringify({ graphqlUrl: options.graphqlUrl })}\n`),
        new Date(),
      )
    : null;
  await warm(root, cache);

  /** The file under the root at `rel`, or null when there is none (or it resolves outside). */
  async function lookUp(rel: string) {
    try {
      const file = await realpath(join(root, rel));
      if (!isInside(root, file)) return null;
      const stats = await stat(file);
      return stats.isFile() ? { file, stats } : null;
    } catch {
      return null;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, sent: { bytes: number }) {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    const text = (status: number, body: string, headers: Record<string, string> = {}) => {
      const bytes = Buffer.from(body);
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': bytes.length,
        'cache-control': REVALIDATE,
        ...headers,
      });
      sent.bytes = req.method === 'HEAD' ? 0 : bytes.length;
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return text(405, 'Method not allowed\n', { allow: ALLOW });
    const target = sitePathOf(req.url, basePath);
    if (target.kind === 'bad') return text(400, 'Bad request\n');
    if (target.kind === 'outside') return text(404, 'Not found\n');
    if (target.kind === 'redirect') return text(301, `${target.location}\n`, { location: target.location });
    const rel = target.rel === '' ? 'index.html' : target.rel;
    // Dotfiles (.env, .git/) are never part of a build: not served, not answered with the app.
    if (rel.split('/').some((s) => s.startsWith('.') && s !== '.well-known')) return text(404, 'Not found\n');
    const found = await lookUp(rel);
    if (found && found.stats.size > MAX_CACHED_BYTES)
      return stream(req, res, found, cacheControlOf(rel), sent);
    if (found) return send(req, res, await cache.get(found.file, found.stats), cacheControlOf(rel), sent);
    if (rel === 'config.json' && generatedConfig) return send(req, res, generatedConfig, REVALIDATE, sent);
    // A missing hashed asset or any file name: a real 404, never the app's HTML in its place.
    if (rel.startsWith('assets/') || extname(rel) !== '') return text(404, 'Not found\n');
    const index = await lookUp('index.html');
    if (!index) return text(404, 'Not found\n');
    return send(req, res, await cache.get(index.file, index.stats), REVALIDATE, sent);
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const sent = { bytes: 0 };
    res.once('close', () => {
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          service: 'site',
          level: res.statusCode >= 500 ? 'error' : 'info',
          message: 'request',
          method: req.method,
          path: pathOf(req.url).slice(0, 512),
          status: res.statusCode,
          bytes: sent.bytes,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(res.writableFinished ? {} : { aborted: true }),
        }),
      );
    });
    handle(req, res, sent).catch((error: unknown) => {
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          service: 'site',
          level: 'error',
          message: 'request failed',
          path: pathOf(req.url).slice(0, 512),
          error: (error as Error).message,
        }),
      );
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal error\n');
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: listenUrl(host, port, basePath),
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function cacheControlOf(rel: string): string {
  return rel.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

function notModified(req: IncomingMessage, file: SiteFile): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return matchesEtag(ifNoneMatch, file);
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(file.lastModified.getTime() / 1000) * 1000 <= since;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  file: SiteFile,
  cacheControl: string,
  sent: { bytes: number },
) {
  const encoding = chooseEncoding(req.headers['accept-encoding'], file);
  res.setHeader('cache-control', cacheControl);
  res.setHeader('etag', etagOf(file, encoding));
  res.setHeader('last-modified', file.lastModified.toUTCString());
  if (Object.keys(file.encoded).length > 0) res.setHeader('vary', 'Accept-Encoding');
  if (notModified(req, file)) {
    res.writeHead(304).end();
    return;
  }
  const body = encoding ? (file.encoded[encoding] as Buffer) : file.identity;
  res.setHeader('content-type', file.type);
  res.setHeader('content-length', body.length);
  if (encoding) res.setHeader('content-encoding', encoding);
  res.writeHead(200);
  sent.bytes = req.method === 'HEAD' ? 0 : body.length;
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A file too large to hold in memory: sent from disk as it is. */
function stream(
  req: IncomingMessage,
  res: ServerResponse,
  { file, stats }: { file: string; stats: { size: number; mtime: Date } },
  cacheControl: string,
  sent: { bytes: number },
) {
  const etag = `W/"${stats.size.toString(36)}-${stats.mtime.getTime().toString(36)}"`;
  res.setHeader('cache-control', cacheControl);
  res.setHeader('etag', etag);
  res.setHeader('last-modified', stats.mtime.toUTCString());
  if (req.headers['if-none-match']?.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(304).end();
    return;
  }
  res.writeHead(200, { 'content-type': contentTypeOf(file), 'content-length': stats.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = createReadStream(file);
  body.on('data', (chunk) => {
    sent.bytes += chunk.length;
  });
  body.on('error', () => res.destroy());
  body.pipe(res);
}

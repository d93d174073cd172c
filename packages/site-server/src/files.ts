// The site's files as the server answers them: content type, a content hash for the ETag, and
// the gzip and brotli forms of text files, compressed once (at the best ratio: a build's files
// never change while it is served) and kept in memory.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TEXT = 'charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': `text/html; ${TEXT}`,
  '.js': `text/javascript; ${TEXT}`,
  '.mjs': `text/javascript; ${TEXT}`,
  '.css': `text/css; ${TEXT}`,
  '.json': `application/json; ${TEXT}`,
  '.map': `application/json; ${TEXT}`,
  '.webmanifest': `application/manifest+json; ${TEXT}`,
  '.svg': `image/svg+xml; ${TEXT}`,
  '.txt': `text/plain; ${TEXT}`,
  '.xml': `application/xml; ${TEXT}`,
  '.vtt': `text/vtt; ${TEXT}`,
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.vtt',
]);

/** Files above this are streamed from disk as they are, not held in memory (videos, say). */
export const MAX_CACHED_BYTES = 8 * 1024 * 1024;

export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Encoding = 'br' | 'gzip';

export interface SiteFile {
  type: string;
  /** A strong validator of the bytes; each encoding gets its own (RFC 9110 §8.8.3). */
  etag: string;
  lastModified: Date;
  identity: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

async function compressed(body: Buffer): Promise<Partial<Record<Encoding, Buffer>>> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  const encoded: Partial<Record<Encoding, Buffer>> = {};
  // An encoding that saves nothing (a tiny file) is not worth the client's decoding.
  if (br.length < body.length) encoded.br = br;
  if (gz.length < body.length) encoded.gzip = gz;
  return encoded;
}

/** A file's answer from its bytes; `name` decides the type and whether it is compressed. */
export async function siteFileOf(name: string, body: Buffer, lastModified: Date): Promise<SiteFile> {
  const ext = extname(name).toLowerCase();
  return {
    type: contentTypeOf(name),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified,
    identity: body,
    encoded: COMPRESSIBLE.has(ext) && body.length > 0 ? await compressed(body) : {},
  };
}

export function etagOf(file: SiteFile, encoding: Encoding | null): string {
  return encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag;
}

/** Whether If-None-Match names this file, in any of its encodings (weak comparison). */
export function matchesEtag(ifNoneMatch: string, file: SiteFile): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const base = file.etag.slice(1, -1);
  return ifNoneMatch.split(',').some((tag) => {
    const opaque = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return opaque === base || opaque === `${base}-br` || opaque === `${base}-gzip`;
  });
}

/** The best encoding the client accepts (brotli over gzip) that the file has. */
export function chooseEncoding(acceptEncoding: string | undefined, file: SiteFile): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(quality) ? quality : 0);
  }
  const wants = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if (file.encoded[encoding] && wants(encoding)) return encoding;
  }
  return null;
}

/** Files read and compressed once; a file changed on disk (same path, new mtime or size) is read again. */
export class FileCache {
  readonly #entries = new Map<string, { key: string; file: Promise<SiteFile> }>();

  get(path: string, stats: { mtime: Date; size: number }): Promise<SiteFile> {
    const key = `${stats.mtime.getTime()}:${stats.size}`;
    const cached = this.#entries.get(path);
    if (cached?.key === key) return cached.file;
    const file = readFile(path).then((body) => siteFileOf(path, body, stats.mtime));
    // A failed read is not remembered: the next request tries again.
    file.catch(() => {
      if (this.#entries.get(path)?.key === key) this.#entries.delete(path);
    });
    this.#entries.set(path, { key, file });
    return file;
  }
}

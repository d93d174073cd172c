// From a request target to a path inside the site, or a reason not to look at the disk at all.
// Anything that could step outside the root ("..", its encodings, backslashes, NUL) is refused
// before a file name is ever built; the server checks the resolved file again afterwards.

export type SitePath =
  /** A path relative to the root, "/"-separated, without a leading "/" ("" is the site's root). */
  | { kind: 'path'; rel: string }
  /** The base path without its trailing "/": send the browser to the base. */
  | { kind: 'redirect'; location: string }
  /** Not under the base path. */
  | { kind: 'outside' }
  /** Malformed or an attempt to leave the root. */
  | { kind: 'bad' };

/** The path part of a request target, without the query string (never logged: it may hold codes). */
export function pathOf(target: string | undefined): string {
  const raw = target ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

export function sitePathOf(target: string | undefined, basePath: string): SitePath {
  const raw = pathOf(target);
  if (!raw.startsWith('/') || raw.includes('\\') || /%(00|5c)/i.test(raw)) return { kind: 'bad' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { kind: 'bad' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'bad' };
  if (basePath !== '/' && decoded === basePath.slice(0, -1)) return { kind: 'redirect', location: basePath };
  if (!decoded.startsWith(basePath)) return { kind: 'outside' };
  return { kind: 'path', rel: decoded.slice(basePath.length) };
}

/** "/", "/learn/": a base path as Vite's BASE_PATH takes it. */
export function isBasePath(value: string): boolean {
  return /^\/([\w.-]+\/)*$/.test(value) && !value.split('/').some((s) => s === '..' || s === '.');
}

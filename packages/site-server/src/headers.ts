// The headers every answer of a city site carries: a strict Content-Security-Policy (scripts and
// styles from the site itself only, API calls to the site and its gateway, videos framed from
// YouTube) and the usual hardening. nginx's city-site.conf sends the same set.

export interface SecurityOptions {
  /** The API the site talks to; an absolute URL adds its origin to connect-src. */
  graphqlUrl?: string | undefined;
  /** HTTPS deployment: Strict-Transport-Security and upgrade-insecure-requests. */
  hsts: boolean;
}

/** The origin of an absolute http(s) URL, else null (a same-origin path such as /graphql). */
export function apiOriginOf(graphqlUrl: string | undefined): string | null {
  if (!graphqlUrl || !/^https?:\/\//i.test(graphqlUrl)) return null;
  try {
    return new URL(graphqlUrl).origin;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy({ graphqlUrl, hsts }: SecurityOptions): string {
  const api = apiOriginOf(graphqlUrl);
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "media-src 'self' https: blob:",
    "font-src 'self'",
    `connect-src 'self'${api ? ` ${api}` : ''}`,
    'frame-src https://www.youtube-nocookie.com https://www.youtube.com',
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    // On plain http (a local run) this would turn calls to an http API into failing https ones.
    ...(hsts ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Computed once per server: the same on every response, errors included. */
export function securityHeaders(options: SecurityOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}

/** Vite's hashed files never change under their name; everything else is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

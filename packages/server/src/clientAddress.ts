// Which client a request comes from, the one answer used by rate limits, sign-in locks and
// access logs. Behind trusted proxies (BAEUMTEO_TRUST_PROXY, a CIDR list) the client is the
// right-most X-Forwarded-For address that is not one of them; otherwise the socket's address,
// whatever the headers claim. IPv6 clients are bucketed by /64: one household or phone gets a
// whole /64 from its provider, and could otherwise take a fresh address for every guess.
import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { EnvError } from './env.ts';

export type TrustedProxies = BlockList;

/** Parses "10.0.0.0/8, 2001:db8::/32, 192.0.2.7"; nothing given means no proxy is trusted. */
export function parseTrustedProxies(list: string | undefined, variable = 'BAEUMTEO_TRUST_PROXY') {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const trusted = new BlockList();
  for (const entry of entries) {
    const [address = '', prefixText] = entry.split('/');
    const normalized = normalizeAddress(address);
    if (!normalized) throw new EnvError(`${variable}: "${entry}" is not an IP address or CIDR range`);
    const family = isIP(normalized) === 6 ? 'ipv6' : 'ipv4';
    if (prefixText === undefined) {
      trusted.addAddress(normalized, family);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 'ipv6' ? 128 : 32)) {
      throw new EnvError(`${variable}: "${entry}" has no valid prefix length`);
    }
    trusted.addSubnet(normalized, prefix, family);
  }
  return trusted;
}

/** An address as a socket or a proxy writes it ("[::1]:443", "::ffff:10.0.0.1", "1.2.3.4:80"), plain; null if none. */
export function normalizeAddress(raw: string): string | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.replace(/%.*$/, '').toLowerCase();
  if (isIP(text) === 0) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  return mapped?.[1] ?? text;
}

/** The eight 16-bit groups of a valid IPv6 address. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16));
}

/** IPv4 addresses as they are; IPv6 addresses as their /64, e.g. "2001:db8:1:2::/64". */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

const isTrusted = (trusted: TrustedProxies, address: string) =>
  trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** The request's client (bucketed), or null when even the socket has no address. */
export function clientAddress(
  req: { socket: { remoteAddress?: string | undefined }; headers: IncomingHttpHeaders },
  trusted: TrustedProxies | null,
): string | null {
  const socket = normalizeAddress(req.socket.remoteAddress ?? '');
  if (!socket) return null;
  if (!trusted || !isTrusted(trusted, socket)) return addressBucket(socket);
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  let client = socket;
  // Each trusted proxy appended the address it saw; what lies left of the first untrusted one
  // was written by the client and proves nothing.
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i] ?? '');
    if (!hop) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return addressBucket(client);
}

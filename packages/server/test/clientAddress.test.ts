// Which client a request comes from: the socket unless it is a trusted proxy, then the right-most
// X-Forwarded-For hop that is not; IPv6 by /64.
import { describe, expect, it } from 'vitest';
import { addressBucket, clientAddress, normalizeAddress, parseTrustedProxies } from '../src/clientAddress.ts';

const request = (socket: string, forwarded?: string) => ({
  socket: { remoteAddress: socket },
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
});

describe('clientAddress', () => {
  const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1, fd00::/8');

  it('is the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(request('203.0.113.5', '198.51.100.1'), null)).toBe('203.0.113.5');
    expect(clientAddress(request('::ffff:203.0.113.5'), null)).toBe('203.0.113.5');
  });

  it('is the socket address when the socket is not a trusted proxy', () => {
    expect(clientAddress(request('203.0.113.5', '198.51.100.1'), trusted)).toBe('203.0.113.5');
  });

  it('behind trusted proxies, is the right-most hop that is not one of them', () => {
    expect(clientAddress(request('10.0.0.2', '198.51.100.1'), trusted)).toBe('198.51.100.1');
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 198.51.100.1, 10.9.9.9, 192.0.2.1'), trusted)).toBe(
      '198.51.100.1',
    );
    expect(clientAddress(request('fd00::1', '[2001:db8::7]:443'), trusted)).toBe('2001:db8:0:0::/64');
    expect(clientAddress(request('10.0.0.2', '198.51.100.1:8080'), trusted)).toBe('198.51.100.1');
  });

  it('stops at a hop that is not an address, and trusts nothing left of it', () => {
    expect(clientAddress(request('10.0.0.2', '198.51.100.1, garbage, 10.1.1.1'), trusted)).toBe('10.1.1.1');
    expect(clientAddress(request('10.0.0.2'), trusted)).toBe('10.0.0.2');
  });

  it('buckets IPv6 by /64 and leaves IPv4 alone', () => {
    expect(addressBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
    expect(addressBucket('198.51.100.1')).toBe('198.51.100.1');
  });

  it('normalizes what sockets and proxies write, refusing what is no address', () => {
    expect(normalizeAddress(' [FE80::1%eth0]:80 ')).toBe('fe80::1');
    expect(normalizeAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(normalizeAddress('unknown')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
  });

  it('refuses a trust list it cannot read, naming the variable', () => {
    expect(parseTrustedProxies(undefined)).toBeNull();
    expect(parseTrustedProxies(' , ')).toBeNull();
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/BAEUMTEO_TRUST_PROXY/);
    expect(() => parseTrustedProxies('proxy.internal')).toThrow(/BAEUMTEO_TRUST_PROXY/);
  });
});

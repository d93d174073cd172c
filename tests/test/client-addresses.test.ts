// Which client a request comes from, as the access log and the sign-in locks see it: behind the
// proxies BAEUMTEO_TRUST_PROXY names, the right-most X-Forwarded-For address that is not one of
// them; from anyone else, the socket's address whatever the header says; IPv6 by its /64.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../src/accounts.ts';
import { type Platform, postGraphQL, startPlatform } from '../src/platform.ts';

let platform: Platform;
/** A gateway behind a load balancer at 127.0.0.9 only. */
let behindProxy: string;
beforeAll(async () => {
  platform = await startPlatform();
  behindProxy = (await platform.startGateway({ trustProxy: '127.0.0.9/32, 10.0.0.0/8' })).url;
});
afterAll(() => platform?.stop());

const password = 'correct horse battery';
const signUpQuery = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const exportQuery = 'mutation { exportMyData { accessLog { action ip } } }';

/** Signs up through `url` with the headers given, from `from`; answers the address the access log recorded. */
async function recordedAddress(url: string, headers: Record<string, string>, from: string) {
  const input = { email: uniqueEmail('addr'), password, displayName: '주소 확인', residenceCityId: 'suwon' };
  const signedUp = await postGraphQL<{ signUp: { token: string } }>(url, signUpQuery, { input }, headers, {
    from,
  });
  const token = signedUp.body.data?.signUp.token;
  expect(token).toBeDefined();
  const exported = await platform.query<{ exportMyData: { accessLog: { action: string; ip: string }[] } }>(
    exportQuery,
    {},
    { authorization: `Bearer ${token}` },
  );
  return exported.body.data?.exportMyData.accessLog.find((e) => e.action === 'SIGN_UP')?.ip;
}

describe('client addresses', () => {
  it('behind a trusted proxy, take the right-most untrusted X-Forwarded-For address', async () => {
    const forwarded = { 'x-forwarded-for': '198.51.100.7' };
    expect(await recordedAddress(behindProxy, forwarded, '127.0.0.9')).toBe('198.51.100.7');
    // The client wrote its own "203.0.113.66"; the proxies appended what they saw.
    const chain = { 'x-forwarded-for': '203.0.113.66, 198.51.100.8, 10.1.2.3' };
    expect(await recordedAddress(behindProxy, chain, '127.0.0.9')).toBe('198.51.100.8');
  });

  it('ignore X-Forwarded-For from anyone but a trusted proxy', async () => {
    const forged = { 'x-forwarded-for': '198.51.100.7' };
    expect(await recordedAddress(behindProxy, forged, '127.0.0.8')).toBe('127.0.0.8');
    // A gateway with no BAEUMTEO_TRUST_PROXY believes no header at all.
    expect(await recordedAddress(platform.gatewayUrl, forged, '127.0.0.9')).toBe('127.0.0.9');
  });

  it('bucket IPv6 clients by /64', async () => {
    const v6 = { 'x-forwarded-for': '2001:DB8:1:2:aaaa:bbbb:cccc:dddd' };
    expect(await recordedAddress(behindProxy, v6, '127.0.0.9')).toBe('2001:db8:1:2::/64');
  });

  it('lock sign-ins per /64: a new address in the same /64 is the same client', async () => {
    const email = uniqueEmail('v6');
    await platform.query(signUpQuery, {
      input: { email, password, displayName: '아이피식스', residenceCityId: 'suwon' },
    });
    const signIn = (p: string, client: string) =>
      postGraphQL(
        behindProxy,
        'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
        { e: email, p },
        { 'x-forwarded-for': client },
        { from: '127.0.0.9' },
      );
    for (let i = 1; i <= 5; i++) await signIn(`wrong password ${i}`, `2001:db8:7:7::${i}`);
    const sameNetwork = await signIn(password, '2001:db8:7:7:ffff::1');
    expect(sameNetwork.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const otherNetwork = await signIn(password, '2001:db8:7:8::1');
    expect(otherNetwork.body.errors).toBeUndefined();
  });
});

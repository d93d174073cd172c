// Access tokens and service assertions: a remembered token still expires on time, a forged one is
// never remembered, and an assertion made with node:crypto verifies as a JOSE library verifies it.
import { describe, expect, it } from 'vitest';
import { assertionVerifier, serviceSigner, UnverifiedRequestError } from '../src/assertions.ts';
import { generatePrivateJwk, signingKeyOf } from '../src/keys.ts';
import { InvalidTokenError, issueAccessToken, tokenVerifier } from '../src/tokens.ts';

const key = signingKeyOf(generatePrivateJwk());
const caller = { id: '7d0c1b4e-52a3-4c57-9e53-1f1c2f3f1a10', roles: [], residenceCityId: 'suwon' };
const session = { id: 's-1', expiresAt: new Date(Date.now() + 86_400_000) };

describe('tokenVerifier', () => {
  it('answers a token it verified before from memory, and refuses it once it expires', async () => {
    let clock = Date.now();
    const verify = tokenVerifier([key.publicJwk], () => clock);
    const { token, expiresAt } = await issueAccessToken(key, caller, session);
    expect((await verify(token)).id).toBe(caller.id);
    expect((await verify(token)).sessionId).toBe('s-1');
    clock = expiresAt.getTime() + 1;
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('never remembers a token it refused', async () => {
    const other = signingKeyOf(generatePrivateJwk());
    const verify = tokenVerifier([key.publicJwk]);
    const { token } = await issueAccessToken(other, caller, session);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

describe('service assertions', () => {
  const request = { method: 'POST', path: '/graphql', body: '{"query":"{ cities { id } }"}' };

  it('made with node:crypto, verify with jose for the exact request, once', async () => {
    const signer = serviceSigner('gateway', key);
    const verify = assertionVerifier('courses', { gateway: [key.publicJwk] });
    const headers = await signer.sign('courses', request, { caller, ip: '10.0.0.1', correlationId: 'c-1' });
    const verified = await verify(headers, request);
    expect(verified).toMatchObject({ issuer: 'gateway', ip: '10.0.0.1', correlationId: 'c-1' });
    expect(verified.caller?.id).toBe(caller.id);
    await expect(verify(headers, request)).rejects.toThrow('already used');
  });

  it('are refused for another audience, another body, or another key', async () => {
    const signer = serviceSigner('gateway', key);
    const verify = assertionVerifier('courses', { gateway: [key.publicJwk] });
    await expect(verify(await signer.sign('learners', request), request)).rejects.toBeInstanceOf(
      UnverifiedRequestError,
    );
    await expect(
      verify(await signer.sign('courses', request), { ...request, body: '{"query":"{ me { id } }"}' }),
    ).rejects.toThrow('not made for this request');
    const stranger = serviceSigner('gateway', signingKeyOf(generatePrivateJwk()));
    await expect(verify(await stranger.sign('courses', request), request)).rejects.toThrow(
      'assertion refused',
    );
  });

  it('are refused when altered: another caller in the claims, alg none, or a stripped signature', async () => {
    const signer = serviceSigner('gateway', key);
    const verify = assertionVerifier('courses', { gateway: [key.publicJwk] });
    const jws = (await signer.sign('courses', request))['x-baeumteo-assertion'] as string;
    const [header, claims, signature] = jws.split('.') as [string, string, string];
    const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString());
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const admin = encode({
      ...json(claims),
      caller: { id: caller.id, roles: [{ role: 'PROVINCE_ADMIN', cityId: null }] },
    });
    const none = encode({ ...json(header), alg: 'none' });
    for (const forged of [
      `${header}.${admin}.${signature}`,
      `${none}.${claims}.${signature}`,
      `${header}.${claims}.`,
    ]) {
      await expect(verify({ 'x-baeumteo-assertion': forged }, request)).rejects.toBeInstanceOf(
        UnverifiedRequestError,
      );
    }
    // The untouched one still passes (the refusals above did not use it up).
    await expect(verify({ 'x-baeumteo-assertion': jws }, request)).resolves.toMatchObject({
      issuer: 'gateway',
    });
  });

  it('expire: an assertion signed 90 s ago is refused', async () => {
    const signer = serviceSigner('gateway', key, () => Date.now() - 90_000);
    const verify = assertionVerifier('courses', { gateway: [key.publicJwk] });
    await expect(verify(await signer.sign('courses', request), request)).rejects.toBeInstanceOf(
      UnverifiedRequestError,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelFailure } from '../src/channels/channel.ts';
import { kakaoChannel } from '../src/channels/kakao.ts';
import { renderMessage } from '../src/messages/render.ts';
import { siteLookOf } from '../src/rules/sites.ts';
import { type SensStandIn, startSensStandIn } from '../src/testing/sensStandIn.ts';

const message = renderMessage(
  {
    kind: 'PROMOTED',
    course: { id: '6f1c1b64-2d2a-4c55-9a55-0d6f2c3e9a10', title: '도자기 공예' },
  },
  { name: '박서연', locale: 'KO' },
  siteLookOf('siheung', 'KO'),
  { open: 'https://siheung.baeumteo.kr/courses/6f1c1b64-2d2a-4c55-9a55-0d6f2c3e9a10' },
);
const recipient = { address: '01012345678', name: '박서연', locale: 'KO' as const };

describe('the KakaoTalk AlimTalk channel, against a stand-in of the provider', () => {
  let sens: SensStandIn;
  const channelOf = (overrides: Partial<Parameters<typeof kakaoChannel>[0]> = {}) =>
    kakaoChannel({
      apiUrl: sens.url,
      serviceId: sens.serviceId,
      accessKey: sens.accessKey,
      secretKey: sens.secretKey,
      channelId: sens.channelId,
      ...overrides,
    });

  beforeAll(async () => {
    sens = await startSensStandIn();
  });
  afterAll(() => sens.close());

  it('sends a signed request naming the template of the kind and language, and keeps the provider id', async () => {
    const { providerId } = await channelOf({ smsFrom: '0313101234' }).send(recipient, message);
    expect(providerId).toMatch(/^msg-/);
    const request = sens.received.at(-1);
    expect(request).toMatchObject({
      plusFriendId: '@baeumteo',
      templateCode: 'BAEUMTEO_PROMOTED_KO',
      messages: [
        {
          countryCode: '82',
          to: '01012345678',
          useSmsFailover: true,
          failoverConfig: { type: 'LMS', from: '0313101234' },
        },
      ],
    });
    expect(request?.messages[0]?.content).toContain('도자기 공예');
  });

  it('is refused with the wrong secret, and retries while that lasts (the configuration, not the message)', async () => {
    const failure = await channelOf({ secretKey: 'wrong' })
      .send(recipient, message)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ChannelFailure);
    expect(failure).toMatchObject({ reason: 'KakaoTalk provider HTTP 401', kind: 'UNREACHABLE' });
  });

  it('treats an unknown template or a malformed request as final, and its rate limit and failures as passing', async () => {
    sens.templates = new Set(['BAEUMTEO_ENROLLED_KO']);
    await expect(channelOf().send(recipient, message)).rejects.toMatchObject({
      reason: 'AlimTalk request status A001',
      kind: 'PERMANENT',
    });
    sens.templates = null;
    sens.failNext.push({ status: 429 }, { status: 500 }, { status: 400 });
    await expect(channelOf().send(recipient, message)).rejects.toMatchObject({ kind: 'UNREACHABLE' });
    await expect(channelOf().send(recipient, message)).rejects.toMatchObject({ kind: 'UNREACHABLE' });
    await expect(channelOf().send(recipient, message)).rejects.toMatchObject({ kind: 'PERMANENT' });
  });

  it('says the provider is unreachable, without the number or text, when nothing answers', async () => {
    const failure = await channelOf({ apiUrl: 'http://127.0.0.1:9' })
      .send(recipient, message)
      .catch((e: unknown) => e as ChannelFailure);
    expect(failure).toMatchObject({ reason: 'KakaoTalk provider unreachable', kind: 'UNREACHABLE' });
    expect(JSON.stringify(failure)).not.toContain('01012345678');
  });
});

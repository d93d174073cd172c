// KakaoTalk AlimTalk (informational messages) through NAVER Cloud Platform's SENS, a Kakao
// business-message provider: one registered template per message kind and language, SMS (LMS)
// in its place where the provider falls back. API reference:
// https://api.ncloud-docs.com/docs/en/sens-alimtalk-send (request signing:
// https://api.ncloud-docs.com/docs/en/common-ncpapi).
import { createHmac } from 'node:crypto';
import { type Channel, ChannelFailure } from './channel.ts';

export interface KakaoSettings {
  /** The provider's API host (KAKAO_API_URL, default https://sens.apigw.ntruss.com). */
  apiUrl: string;
  /** The SENS project's Biz Message service id (KAKAO_SERVICE_ID). */
  serviceId: string;
  /** The NCP API key pair (KAKAO_ACCESS_KEY, KAKAO_SECRET_KEY). */
  accessKey: string;
  secretKey: string;
  /** The KakaoTalk channel the messages come from (KAKAO_CHANNEL_ID, e.g. @baeumteo). */
  channelId: string;
  /** A registered sender number: when set, a message KakaoTalk cannot deliver goes as LMS from it (KAKAO_SMS_FROM). */
  smsFrom?: string | undefined;
  timeoutMs?: number;
}

/** The request body the provider documents for one informational message. */
export interface AlimTalkRequest {
  plusFriendId: string;
  templateCode: string;
  messages: {
    countryCode: string;
    to: string;
    content: string;
    useSmsFailover?: boolean;
    failoverConfig?: { type: 'SMS' | 'LMS'; from: string; subject?: string; content: string };
  }[];
}

export interface AlimTalkResponse {
  requestId: string;
  requestTime: string;
  statusCode: string;
  statusName: string;
  messages: {
    messageId: string;
    to: string;
    countryCode: string;
    content?: string;
    requestStatusCode: string;
    requestStatusName: string;
    requestStatusDesc?: string;
    useSmsFailover?: boolean;
  }[];
}

/** The path the provider signs and serves for a service's messages. */
export const alimTalkPath = (serviceId: string) =>
  `/alimtalk/v2/services/${encodeURIComponent(serviceId)}/messages`;

/** The provider's signature: HMAC-SHA256 of "METHOD path\ntimestamp\naccessKey", base64. */
export function signatureOf(
  method: string,
  path: string,
  timestamp: string,
  accessKey: string,
  secretKey: string,
) {
  return createHmac('sha256', secretKey)
    .update(`${method} ${path}\n${timestamp}\n${accessKey}`)
    .digest('base64');
}

export function kakaoChannel(settings: KakaoSettings): Channel {
  const path = alimTalkPath(settings.serviceId);
  const url = new URL(path, settings.apiUrl).toString();
  return {
    name: 'KAKAO',
    async send(recipient, message) {
      const body: AlimTalkRequest = {
        plusFriendId: settings.channelId,
        templateCode: message.template.code,
        messages: [
          {
            countryCode: '82',
            to: recipient.address,
            content: message.template.content,
            ...(settings.smsFrom
              ? {
                  useSmsFailover: true,
                  failoverConfig: {
                    type: 'LMS' as const,
                    from: settings.smsFrom,
                    subject: message.subject.slice(0, 40),
                    content: message.template.content,
                  },
                }
              : {}),
          },
        ],
      };
      const timestamp = String(Date.now());
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'x-ncp-apigw-timestamp': timestamp,
            'x-ncp-iam-access-key': settings.accessKey,
            'x-ncp-apigw-signature-v2': signatureOf(
              'POST',
              path,
              timestamp,
              settings.accessKey,
              settings.secretKey,
            ),
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
        });
      } catch {
        throw new ChannelFailure('KakaoTalk provider unreachable', 'UNREACHABLE');
      }
      if (response.status !== 202 && response.status !== 200) {
        await response.body?.cancel();
        throw httpFailure(response.status);
      }
      const answer = (await response.json().catch(() => null)) as AlimTalkResponse | null;
      const sent = answer?.messages?.[0];
      if (!sent)
        throw new ChannelFailure('KakaoTalk provider answered without a message result', 'TRANSIENT');
      if (sent.requestStatusCode !== 'A000') {
        // The provider refused this message (template, number, content): sending it again cannot help.
        throw new ChannelFailure(
          `AlimTalk request status ${sent.requestStatusCode.slice(0, 10)}`,
          'PERMANENT',
        );
      }
      return { providerId: sent.messageId };
    },
  };
}

/**
 * The provider's HTTP errors: a malformed request is final for this message; credentials,
 * permissions, an unknown service, rate limits and its own failures refuse every message alike,
 * so they are retried until that ends.
 */
function httpFailure(status: number): ChannelFailure {
  return new ChannelFailure(
    `KakaoTalk provider HTTP ${status}`,
    status === 400 ? 'PERMANENT' : 'UNREACHABLE',
  );
}

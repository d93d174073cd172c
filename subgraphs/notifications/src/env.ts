// The only file of the notifications subgraph that reads process.env: parsed and validated once.
import { services } from '@baeumteo/contracts';
import { EnvError, httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';
import { z } from 'zod';
import type { KakaoSettings } from './channels/kakao.ts';
import { parseQuietHours } from './rules/nightHold.ts';

export const env = loadEnv(() => {
  const { service, vars } = parseSubgraphEnv(process.env, {
    name: 'notifications',
    port: services.notifications,
    keys: [],
    /** The gateway, and the producers of notices (its /notices). */
    trust: ['gateway', 'courses', 'learners', 'content', 'history'],
    extra: {
      /** smtp://user:pass@host:587 or smtps://…:465: without it nothing is emailed. */
      SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
      /** The address messages come from (the display name is the city site's). */
      SMTP_FROM: z.email().default('noreply@baeumteo.kr'),
      /** NAVER Cloud SENS: the Biz Message service id turns KakaoTalk on; the rest is then required. */
      KAKAO_SERVICE_ID: z.string().min(1).optional(),
      KAKAO_API_URL: httpUrl.default('https://sens.apigw.ntruss.com'),
      KAKAO_ACCESS_KEY: z.string().min(1).optional(),
      KAKAO_SECRET_KEY: z.string().min(1).optional(),
      KAKAO_CHANNEL_ID: z.string().min(1).optional(),
      /** A registered sender number: messages KakaoTalk cannot deliver go as LMS from it. */
      KAKAO_SMS_FROM: z
        .string()
        .regex(/^\d{8,12}$/)
        .optional(),
      /** The night-time hold in Korea time, "21-8" by default, or "off". */
      NOTIFY_QUIET_HOURS: z
        .string()
        .default('21-8')
        .refine((v) => parseQuietHours(v) !== undefined, {
          error: 'must be like 21-8 (hours, Korea time) or off',
        }),
      /** The city sites' address, {city} replaced by the tenant id, e.g. https://{city}.baeumteo.kr. */
      NOTIFY_SITE_URL: z.string().startsWith('http').optional(),
    },
  });
  return {
    ...service,
    email: vars.SMTP_URL ? { url: vars.SMTP_URL, from: vars.SMTP_FROM } : undefined,
    kakao: kakaoOf(vars),
    siteUrl: vars.NOTIFY_SITE_URL,
    quietHours: parseQuietHours(vars.NOTIFY_QUIET_HOURS) ?? null,
  };
});

function kakaoOf(vars: Record<string, string | undefined>): KakaoSettings | undefined {
  if (!vars.KAKAO_SERVICE_ID) return undefined;
  const missing = ['KAKAO_ACCESS_KEY', 'KAKAO_SECRET_KEY', 'KAKAO_CHANNEL_ID'].filter((name) => !vars[name]);
  if (missing.length > 0) throw new EnvError(`KAKAO_SERVICE_ID is set, so ${missing.join(', ')} must be too`);
  return {
    apiUrl: vars.KAKAO_API_URL ?? 'https://sens.apigw.ntruss.com',
    serviceId: vars.KAKAO_SERVICE_ID,
    accessKey: vars.KAKAO_ACCESS_KEY as string,
    secretKey: vars.KAKAO_SECRET_KEY as string,
    channelId: vars.KAKAO_CHANNEL_ID as string,
    smsFrom: vars.KAKAO_SMS_FROM,
  };
}

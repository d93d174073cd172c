import { badInput, unauthenticated } from '@baeumteo/server';
import type { MutationResolvers } from '../generated/graphql.ts';
import { assertDeliveryStaff } from '../rules/access.ts';
import { maskedMobile, mobileNumberOf } from '../rules/phone.ts';
import {
  isUnsubscribeToken,
  kindPreferences,
  mutedAfter,
  mutedAfterUnsubscribe,
} from '../rules/preferences.ts';

export const Mutation: MutationResolvers = {
  setNotificationPhone: async (_, { number, consent }, ctx) => {
    if (!ctx.caller) throw unauthenticated();
    const digits = mobileNumberOf(number);
    if (!digits) throw badInput('Give a Korean mobile number, e.g. 010-1234-5678.', 'number');
    if (!consent) throw badInput('KakaoTalk messages need your consent.', 'consent');
    await ctx.repo.centre.setPhone(ctx.caller.id, digits, new Date());
    return maskedMobile(digits);
  },
  removeNotificationPhone: (_, __, ctx) => {
    if (!ctx.caller) throw unauthenticated();
    return ctx.repo.centre.removePhone(ctx.caller.id);
  },
  setNotificationPreferences: async (_, { input }, ctx) => {
    if (!ctx.caller) throw unauthenticated();
    mutedAfter([], input); // refuses a bad change before anything is written
    const row = await ctx.repo.preferences.update(
      ctx.caller.id,
      (current) => ({
        locale: input.language === undefined ? current.locale : input.language,
        muted: mutedAfter(current.muted, input),
      }),
      new Date(),
    );
    return { language: row.locale, kinds: kindPreferences(row.muted) };
  },
  unsubscribe: async (_, { token, kind }, ctx) => {
    mutedAfterUnsubscribe([], kind ?? null);
    const learnerId = isUnsubscribeToken(token)
      ? await ctx.repo.preferences.learnerOfToken(token)
      : undefined;
    if (!learnerId)
      throw badInput('This unsubscribe link is not known: copy the whole link from the email.', 'token');
    await ctx.repo.preferences.update(
      learnerId,
      (current) => ({ ...current, muted: mutedAfterUnsubscribe(current.muted, kind ?? null) }),
      new Date(),
    );
    return true;
  },
  markNotificationsRead: (_, { ids }, ctx) => {
    if (!ctx.caller) throw unauthenticated();
    return ctx.repo.centre.markRead(ctx.caller.id, ids ?? null, new Date());
  },
  requeueDeadNotifications: (_, { cityId, ids }, ctx) => {
    assertDeliveryStaff(ctx.caller, cityId);
    return ctx.repo.deliveries.requeue(cityId, ids, new Date());
  },
};

import { badInput, unauthenticated } from '@baeumteo/server';
import type { MutationResolvers } from '../generated/graphql.ts';
import { assertDeliveryStaff } from '../rules/access.ts';
import { maskedMobile, mobileNumberOf } from '../rules/phone.ts';

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
  markNotificationsRead: (_, { ids }, ctx) => {
    if (!ctx.caller) throw unauthenticated();
    return ctx.repo.centre.markRead(ctx.caller.id, ids ?? null, new Date());
  },
  requeueDeadNotifications: (_, { cityId, ids }, ctx) => {
    assertDeliveryStaff(ctx.caller, cityId);
    return ctx.repo.deliveries.requeue(cityId, ids, new Date());
  },
};

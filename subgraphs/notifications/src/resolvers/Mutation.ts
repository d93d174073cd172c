import { unauthenticated } from '@baeumteo/server';
import type { MutationResolvers } from '../generated/graphql.ts';
import { assertDeliveryStaff } from '../rules/access.ts';

export const Mutation: MutationResolvers = {
  markNotificationsRead: (_, { ids }, ctx) => {
    if (!ctx.caller) throw unauthenticated();
    return ctx.repo.centre.markRead(ctx.caller.id, ids ?? null, new Date());
  },
  requeueDeadNotifications: (_, { cityId, ids }, ctx) => {
    assertDeliveryStaff(ctx.caller, cityId);
    return ctx.repo.deliveries.requeue(cityId, ids, new Date());
  },
};

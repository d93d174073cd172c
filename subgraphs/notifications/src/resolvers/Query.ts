import type { QueryResolvers } from '../generated/graphql.ts';
import { assertDeliveryStaff } from '../rules/access.ts';

export const Query: QueryResolvers = {
  deadNotifications: (_, { cityId, first }, ctx) => {
    assertDeliveryStaff(ctx.caller, cityId);
    return ctx.repo.deliveries.deadLetters(cityId, Math.min(Math.max(first ?? 50, 0), 200));
  },
};

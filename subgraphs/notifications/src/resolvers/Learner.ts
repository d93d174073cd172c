import { badInput } from '@baeumteo/server';
import type { LearnerResolvers, NotificationResolvers } from '../generated/graphql.ts';
import { assertOwnNotifications } from '../rules/access.ts';
import { maskedMobile } from '../rules/phone.ts';
import { kindPreferences } from '../rules/preferences.ts';
import { centreView } from './view.ts';

const maxFirst = 100;

export const Learner: LearnerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  notifications: (learner, { first }, ctx) => {
    assertOwnNotifications(ctx.caller, learner.id);
    const limit = first ?? 20;
    if (limit < 0) throw badInput('first must not be negative.', 'first');
    return ctx.repo.centre.list(learner.id, Math.min(limit, maxFirst));
  },
  unreadNotificationCount: (learner, _, ctx) => {
    assertOwnNotifications(ctx.caller, learner.id);
    return ctx.repo.centre.unreadCount(learner.id);
  },
  notificationPhone: async (learner, _, ctx) => {
    assertOwnNotifications(ctx.caller, learner.id);
    const number = await ctx.repo.centre.phoneOf(learner.id);
    return number && maskedMobile(number);
  },
  notificationPreferences: async (learner, _, ctx) => {
    assertOwnNotifications(ctx.caller, learner.id);
    const choices = await ctx.repo.preferences.of(learner.id);
    return { language: choices?.locale ?? null, kinds: kindPreferences(choices?.muted ?? []) };
  },
};

export const Notification: NotificationResolvers = {
  title: async (n, _, ctx) => (await centreView(n, ctx)).title,
  body: async (n, _, ctx) => (await centreView(n, ctx)).body,
  link: async (n, _, ctx) => (await centreView(n, ctx)).link,
};

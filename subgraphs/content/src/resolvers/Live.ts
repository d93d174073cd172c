import { loadPresent } from '@baeumteo/server';
import type { CityResolvers, LiveSessionResolvers } from '../generated/graphql.ts';
import { OPENS_BEFORE_MS } from '../rules/live.ts';
import { localized } from '../rules/locale.ts';

export const LiveSession: LiveSessionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.liveSessionById.load(ref.id),
  title: (s, args) => localized({ ko: s.titleKo, en: s.titleEn }, args.locale),
  opensAt: (s) => new Date(s.startsAt.getTime() - OPENS_BEFORE_MS),
  hostCity: (s) => ({ id: s.hostCityId }),
  remindMe: async (s, _, ctx) =>
    ctx.caller ? (await ctx.loaders.myReminderBySession.load(s.id)) !== null : null,
};

export const City: CityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  featuredContents: async (city, _, ctx) => {
    const featured = await ctx.loaders.featuredByCity.load(city.id);
    // A retired content leaves the city's list without the city having to choose again.
    const found = await loadPresent(
      ctx.loaders.contentById,
      featured.map((f) => f.contentId),
    );
    return found.filter((c) => c.retiredAt === null);
  },
};

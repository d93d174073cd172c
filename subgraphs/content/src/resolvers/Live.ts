import { loadPresent } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LiveSessionRow } from '../db/schema.ts';
import { OPENS_BEFORE_MS } from '../rules/live.ts';
import { type Locale, localized } from '../rules/locale.ts';

export const LiveSession = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.liveSessionById.load(ref.id),
  title: (s: LiveSessionRow, args: { locale?: Locale | null }) =>
    localized({ ko: s.titleKo, en: s.titleEn }, args.locale),
  opensAt: (s: LiveSessionRow) => new Date(s.startsAt.getTime() - OPENS_BEFORE_MS),
  hostCity: (s: LiveSessionRow) => ({ __typename: 'City', id: s.hostCityId }),
};

export const City = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  featuredContents: async (city: { id: string }, _: unknown, ctx: Context) => {
    const featured = await ctx.loaders.featuredByCity.load(city.id);
    return loadPresent(
      ctx.loaders.contentById,
      featured.map((f) => f.contentId),
    );
  },
};

import type { ContentResolvers } from '../generated/graphql.ts';
import { localized } from '../rules/locale.ts';

export const Content: ContentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.contentById.load(ref.id),
  title: (c, args) => localized({ ko: c.titleKo, en: c.titleEn, zh: c.titleZh, vi: c.titleVi }, args.locale),
  description: (c, args) =>
    localized(
      { ko: c.descriptionKo, en: c.descriptionEn, zh: c.descriptionZh, vi: c.descriptionVi },
      args.locale,
    ),
  city: (c) => (c.cityId ? { id: c.cityId } : null),
  myProgress: (c, _, ctx) => (ctx.caller ? ctx.loaders.myProgressByContent.load(c.id) : null),
};

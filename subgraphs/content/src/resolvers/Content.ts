import type { Context } from '../context.ts';
import type { ContentRow } from '../db/schema.ts';
import { type Locale, localized } from '../rules/locale.ts';

type LocaleArgs = { locale?: Locale | null };

export const Content = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.contentById.load(ref.id),
  title: (c: ContentRow, args: LocaleArgs) =>
    localized({ ko: c.titleKo, en: c.titleEn, zh: c.titleZh, vi: c.titleVi }, args.locale),
  description: (c: ContentRow, args: LocaleArgs) =>
    localized(
      { ko: c.descriptionKo, en: c.descriptionEn, zh: c.descriptionZh, vi: c.descriptionVi },
      args.locale,
    ),
  myProgress: (c: ContentRow, _: unknown, ctx: Context) =>
    ctx.caller ? ctx.loaders.myProgressByContent.load(c.id) : null,
};

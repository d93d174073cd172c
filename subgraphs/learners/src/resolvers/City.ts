import type { Context } from '../context.ts';
import type { CityRow } from '../db/schema.ts';

type Locale = 'KO' | 'EN' | 'ZH' | 'VI';

export const City = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.cityById.load(ref.id),
  // City names exist in Korean and English; other locales read the English (romanized) name.
  name: (city: CityRow, args: { locale?: Locale | null }) =>
    !args.locale || args.locale === 'KO' ? city.nameKo : city.nameEn,
  residentCount: (city: CityRow, _: unknown, ctx: Context) => ctx.loaders.residentCountByCity.load(city.id),
  site: (city: CityRow) => ({
    siteName: city.siteName,
    primaryColor: city.primaryColor,
    logoUrl: city.logoUrl,
    defaultLocale: city.defaultLocale,
    locales: city.locales,
  }),
};

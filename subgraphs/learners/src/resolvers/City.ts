import type { CityResolvers } from '../generated/graphql.ts';
import { cityInstructors } from '../operations/instructors.ts';

export const City: CityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.cityById.load(ref.id),
  // City names exist in Korean and English; other locales read the English (romanized) name.
  name: (city, args) => (!args.locale || args.locale === 'KO' ? city.nameKo : city.nameEn),
  residentCount: (city, _, ctx) => ctx.loaders.residentCountByCity.load(city.id),
  instructors: (city, _, ctx) => cityInstructors(ctx, city.id),
  site: (city) => ({
    siteName: city.siteName,
    primaryColor: city.primaryColor,
    logoUrl: city.logoUrl,
    defaultLocale: city.defaultLocale,
    locales: city.locales,
  }),
};

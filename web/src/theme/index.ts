// The city's skin, as the build wrote it. The default skin (a city without its own folder) is
// refined by what the API says of the city (City.site): see siteRefinement.ts.
import { theme as built } from 'virtual:city-theme';
import type { Localized, SiteLocale, SiteTheme } from './types';

export type { Localized, SiteLocale, SiteTheme } from './types';

export const theme: SiteTheme = built;

/** A localized theme text in a locale: that language, else English, else Korean. */
export function localized(value: Localized, locale: SiteLocale): string {
  return value[locale] ?? value.en ?? value.ko;
}

import type { CityTheme } from '../../build/theme';

export type { Localized, SiteLocale } from '../../build/theme';

/** The skin this build carries (web/cities/<id>/theme.json, completed at build time). */
export interface SiteTheme extends Omit<CityTheme, 'logoFile' | 'heroFile'> {
  logoUrl: string;
  heroUrl: string | null;
}

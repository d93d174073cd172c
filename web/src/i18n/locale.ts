import type { SiteLocale } from '../theme/types';

export type AppLocale = SiteLocale;
/** The `Locale` enum of the GraphQL API. */
export type GraphQLLocale = 'KO' | 'EN' | 'ZH' | 'VI';

export const APP_LOCALES: readonly AppLocale[] = ['ko', 'en', 'zh', 'vi'];

/** Each language's name in itself, for the language menu. */
export const LOCALE_NAMES: Readonly<Record<AppLocale, string>> = {
  ko: '한국어',
  en: 'English',
  zh: '简体中文',
  vi: 'Tiếng Việt',
};

const BCP47: Readonly<Record<AppLocale, string>> = { ko: 'ko-KR', en: 'en-US', zh: 'zh-CN', vi: 'vi-VN' };
const GRAPHQL: Readonly<Record<AppLocale, GraphQLLocale>> = { ko: 'KO', en: 'EN', zh: 'ZH', vi: 'VI' };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

/** The first of `preferred` (e.g. `navigator.languages`) that the site offers, else the site's default. */
export function pickLocale(
  preferred: readonly string[],
  offered: readonly AppLocale[],
  fallback: AppLocale,
): AppLocale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isAppLocale(primary) && offered.includes(primary)) return primary;
  }
  return fallback;
}

/** The BCP 47 tag used for `Intl` formatting and the `lang` attribute. */
export function intlLocale(locale: AppLocale): string {
  return BCP47[locale];
}

export function toGraphQLLocale(locale: AppLocale): GraphQLLocale {
  return GRAPHQL[locale];
}

export function fromGraphQLLocale(locale: GraphQLLocale): AppLocale {
  return locale.toLowerCase() as AppLocale;
}

import { en } from './en';
import { ko, type Messages } from './ko';

export type AppLocale = 'ko' | 'en';
/** The `Locale` enum of the GraphQL API. */
export type GraphQLLocale = 'KO' | 'EN' | 'ZH' | 'VI';

export const APP_LOCALES: readonly AppLocale[] = ['ko', 'en'];
export const DEFAULT_LOCALE: AppLocale = 'ko';

export const dictionaries: Readonly<Record<AppLocale, Messages>> = { ko, en };

const BCP47: Readonly<Record<AppLocale, string>> = { ko: 'ko-KR', en: 'en-US' };
const GRAPHQL: Readonly<Record<AppLocale, GraphQLLocale>> = { ko: 'KO', en: 'EN' };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

/** The first supported language in the browser's preference list (e.g. `navigator.languages`), else Korean. */
export function pickLocale(preferred: readonly string[]): AppLocale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isAppLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** The BCP 47 tag used for `Intl` formatting and the `lang` attribute. */
export function intlLocale(locale: AppLocale): string {
  return BCP47[locale];
}

export function toGraphQLLocale(locale: AppLocale): GraphQLLocale {
  return GRAPHQL[locale];
}

/** Looks up a label for an enum value, falling back to the raw value for values this build does not know. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

// Translated text falls back to Korean, the language every content is published in.
import type { Locale } from '../generated/graphql.ts';

export interface Translations {
  ko: string;
  en?: string | null;
  zh?: string | null;
  vi?: string | null;
}

export function localized(text: Translations, locale: Locale | null | undefined): string {
  const translated = locale === 'EN' ? text.en : locale === 'ZH' ? text.zh : locale === 'VI' ? text.vi : null;
  return translated || text.ko;
}

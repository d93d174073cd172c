// Translated text falls back to Korean, the language every course is written in.
import type { Locale } from '../generated/graphql.ts';

export function localized(ko: string, en: string | null, locale: Locale | null | undefined): string {
  return locale === 'EN' && en ? en : ko;
}

// Translated text falls back to Korean, the language every course is written in.
export type Locale = 'KO' | 'EN' | 'ZH' | 'VI';

export function localized(ko: string, en: string | null, locale: Locale | null | undefined): string {
  return locale === 'EN' && en ? en : ko;
}

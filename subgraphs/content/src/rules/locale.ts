// Translated text falls back to Korean, the language every content is published in.
export type Locale = 'KO' | 'EN' | 'ZH' | 'VI';

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

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Messages } from './ko';
import { type AppLocale, dictionaries, intlLocale, isAppLocale, pickLocale } from './locale';

export type { Messages } from './ko';
export * from './locale';

const STORAGE_KEY = 'baeumteo.locale';

interface I18nContextValue {
  locale: AppLocale;
  setLocale: (locale: AppLocale) => void;
  messages: Messages;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function readStoredLocale(): AppLocale | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled (privacy mode, embedded webview)
  }
}

function storeLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not persisted; the choice still applies to this visit
  }
}

/** The language a visitor last chose, else the browser's preferred language (`navigator.language(s)`). */
export function initialLocale(): AppLocale {
  if (typeof window === 'undefined') return pickLocale([]);
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return readStoredLocale() ?? pickLocale(browser);
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: AppLocale }) {
  const [locale, setLocaleState] = useState<AppLocale>(() => fixed ?? initialLocale());

  const setLocale = useCallback((next: AppLocale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = intlLocale(locale);
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale, messages: dictionaries[locale] }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLocale must be used inside <I18nProvider>');
  return value;
}

/** The messages of the current language: `const t = useT(); t.courses.heading`. */
export function useT(): Messages {
  return useI18n().messages;
}

export function useLocale(): { locale: AppLocale; setLocale: (locale: AppLocale) => void } {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}

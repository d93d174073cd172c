// i18next with one JSON file per feature (namespace) and language under messages/<ns>/<lng>.json,
// each its own chunk: a visitor downloads the strings of their language for the pages they open.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { theme } from '../theme';
import { type AppLocale, intlLocale, isAppLocale, pickLocale, toGraphQLLocale } from './locale';

export * from './locale';

const STORAGE_KEY = 'baeumteo.locale';
export const NAMESPACES = [
  'common',
  'courses',
  'account',
  'library',
  'staff',
  'admin',
  'staffCourses',
  'staffTerm',
  'staffCity',
  'analyst',
  'notifications',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const messages = import.meta.glob<{ default: Record<string, unknown> }>('./messages/*/*.json');

const lazyMessages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = messages[`./messages/${namespace}/${language}.json`];
    if (!load) {
      done(new Error(`no messages for ${namespace}/${language}`), false);
      return;
    }
    load().then(
      (module) => done(null, module.default),
      (error: Error) => done(error, false),
    );
  },
};

export const offeredLocales: readonly AppLocale[] = theme.locales.offered;

function storedLocale(): AppLocale | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isAppLocale(stored) && offeredLocales.includes(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled (privacy mode, embedded webview)
  }
}

/** The language a visitor last chose here, else the first of the browser's the city offers, else its default. */
export function initialLocale(): AppLocale {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return storedLocale() ?? pickLocale(browser, offeredLocales, theme.locales.default);
}

function setDocumentLanguage(locale: string): void {
  if (isAppLocale(locale)) document.documentElement.lang = intlLocale(locale);
}

/** Starts i18next in the given language with its strings loaded. */
export async function startI18n(locale: AppLocale): Promise<void> {
  i18next.on('languageChanged', setDocumentLanguage);
  await i18next
    .use(lazyMessages)
    .use(initReactI18next)
    .init({
      lng: locale,
      supportedLngs: [...offeredLocales],
      fallbackLng: false,
      // Every area's strings of this one language at once, in parallel: a page then never waits
      // for its strings after its code.
      ns: [...NAMESPACES],
      defaultNS: 'common',
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
      react: { useSuspense: true },
    });
  setDocumentLanguage(locale);
}

/** The current language and a way to change it (remembered for the next visit). */
export function useLocale(): { locale: AppLocale; setLocale: (locale: AppLocale) => Promise<void> } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const locale = isAppLocale(current) ? current : theme.locales.default;
  return {
    locale,
    setLocale: async (next) => {
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // not remembered; applies to this visit
      }
      await i18n.changeLanguage(next);
    },
  };
}

/** The GraphQL `Locale` of the current language, for `title(locale:)` and friends. */
export function useGraphQLLocale() {
  return toGraphQLLocale(useLocale().locale);
}

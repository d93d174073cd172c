import { APP_LOCALES, dictionaries, intlLocale, useLocale, useT } from '../i18n';

/**
 * One button per language, each named in its own language; the current one is marked as pressed.
 * The group is labelled, so a screen reader announces "Language, English, toggle button, not pressed".
 */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();

  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t.language.switcherLabel}</legend>
      {APP_LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switcher__button"
          lang={intlLocale(option)}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {dictionaries[option].language.name}
        </button>
      ))}
    </fieldset>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppLocale, LOCALE_NAMES, offeredLocales, useLocale } from '../i18n';

/** The languages this city offers, each named in itself; the choice is remembered. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  const id = useId();
  if (offeredLocales.length < 2) return null;
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="language-menu__select"
        value={locale}
        data-testid="language-menu"
        onChange={(event) => {
          const next = event.target.value;
          if (isAppLocale(next)) void setLocale(next);
        }}
      >
        {offeredLocales.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

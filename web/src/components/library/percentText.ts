import { type AppLocale, intlLocale } from '../../i18n/locale';

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: AppLocale, small: boolean): Intl.NumberFormat {
  const key = `${locale}:${small}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(
      intlLocale(locale),
      small ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 },
    );
    formats.set(key, found);
  }
  return found;
}

/**
 * A progress percentage (0..100) as a number to put before "%": one decimal at most, but a start
 * below 1 % keeps two significant digits, so that a few seconds of a long lecture never read as 0.
 */
export function percentText(percent: number, locale: AppLocale): string {
  const value = Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
  return format(locale, value > 0 && value < 1).format(value);
}

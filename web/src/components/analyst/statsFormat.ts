// Numbers of the dashboard in the visitor's language. Participation rates are small (learners
// over a whole city's population), so below 1 % they keep two significant digits instead of
// rounding to "0%".
import { type AppLocale, intlLocale } from '../../i18n/locale';

const cache = new Map<string, Intl.NumberFormat>();

function format(locale: AppLocale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${kind}:${locale}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(locale), options);
    cache.set(key, found);
  }
  return found;
}

/** A participation rate (0..1): `23.5%`, `0.0015%`. */
export function formatParticipation(rate: number, locale: AppLocale): string {
  if (rate === 0) return format(locale, 'p0', { style: 'percent' }).format(0);
  return rate >= 0.01
    ? format(locale, 'p1', { style: 'percent', maximumFractionDigits: 1 }).format(rate)
    : format(locale, 'ps', { style: 'percent', maximumSignificantDigits: 2 }).format(rate);
}

/** A completion rate (0..1): `83.3%`. */
export function formatRate(rate: number, locale: AppLocale): string {
  return format(locale, 'r', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** The participation gap with one decimal: `3.0`, `12.4`. */
export function formatGap(gap: number, locale: AppLocale): string {
  return format(locale, 'g', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(gap);
}

/** A count or hours: `1,234`, `12.5`. */
export function formatCount(value: number, locale: AppLocale): string {
  return format(locale, 'n', { maximumFractionDigits: 1 }).format(value);
}

/** A calendar date (`YYYY-MM-DD`, Korea time) as the language writes it: `2026년 1월 1일`, `January 1, 2026`. */
export function formatDay(date: string, locale: AppLocale): string {
  const at = new Date(`${date}T00:00:00+09:00`);
  if (Number.isNaN(at.getTime())) return date;
  return dayFormat(locale).format(at);
}

const days = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: AppLocale): Intl.DateTimeFormat {
  let found = days.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'Asia/Seoul',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    days.set(locale, found);
  }
  return found;
}

const months = new Map<string, Intl.DateTimeFormat>();

/** A month (`YYYY-MM`, Korea time): `2026년 3월`, `Mar 2026`. */
export function formatMonth(month: string, locale: AppLocale): string {
  const at = new Date(`${month}-01T00:00:00+09:00`);
  if (Number.isNaN(at.getTime())) return month;
  let found = months.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'Asia/Seoul',
      year: 'numeric',
      month: 'short',
    });
    months.set(locale, found);
  }
  return found.format(at);
}

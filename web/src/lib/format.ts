import { type AppLocale, intlLocale } from '../i18n/locale';

/** Course times are Korean local times, whatever the visitor's own time zone. */
export const TIME_ZONE = 'Asia/Seoul';

const DATE: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
};
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: 'numeric', minute: '2-digit' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: AppLocale, withTime: boolean): Intl.DateTimeFormat {
  const key = `d:${locale}:${withTime}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), withTime ? DATE_TIME : DATE);
    cache.set(key, format);
  }
  return format as Intl.DateTimeFormat;
}

function numberFormat(locale: AppLocale): Intl.NumberFormat {
  const key = `n:${locale}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
    cache.set(key, format);
  }
  return format as Intl.NumberFormat;
}

function parse(value: string): Date | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date in Seoul, e.g. `2025년 3월 4일 (화)` / `Tue, March 4, 2025`. Unparseable input is returned as is. */
export function formatDate(value: string, locale: AppLocale): string {
  const date = parse(value);
  return date ? dateFormat(locale, false).format(date) : value;
}

/** A date and time in Seoul, e.g. `2025년 3월 4일 (화) 오후 6:00`. Unparseable input is returned as is. */
export function formatDateTime(value: string, locale: AppLocale): string {
  const date = parse(value);
  return date ? dateFormat(locale, true).format(date) : value;
}

export function formatNumber(value: number, locale: AppLocale): string {
  return numberFormat(locale).format(value);
}

const TIME: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' };

/** A time of day in Seoul, e.g. `오후 6:00` / `6:00 PM`. Unparseable input is returned as is. */
export function formatTime(value: string, locale: AppLocale): string {
  const date = parse(value);
  if (!date) return value;
  const key = `t:${locale}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), TIME);
    cache.set(key, format);
  }
  return (format as Intl.DateTimeFormat).format(date);
}

/** A percentage of a 0..1 rate, e.g. `80%` (rounded to a whole number). */
export function formatPercent(rate: number, locale: AppLocale): string {
  const key = `p:${locale}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
    cache.set(key, format);
  }
  return format.format(rate);
}

/** A span of time in Seoul: the end's date is left out when it is the start's day. */
export function formatDateTimeRange(start: string, end: string, locale: AppLocale): string {
  const sameDay = parse(start) && parse(end) && formatDate(start, locale) === formatDate(end, locale);
  return `${formatDateTime(start, locale)} – ${sameDay ? formatTime(end, locale) : formatDateTime(end, locale)}`;
}

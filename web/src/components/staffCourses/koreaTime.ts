// Course times are Korea time (UTC+9, no daylight saving) whatever the staff member's own clock:
// conversions between the API's instants and the calendar dates, clock times and datetime-local
// values the course editor shows. Dates are 'YYYY-MM-DD', times 'HH:mm', all in Korea time.

const KOREA_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as Korea wall-clock fields (read with the getUTC* methods). */
function koreaClock(instant: Date): Date {
  return new Date(instant.getTime() + KOREA_OFFSET_MS);
}

function parseInstant(value: string | Date): Date | null {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The Korea calendar date of an instant, e.g. '2026-03-04'; '' when it cannot be read. */
export function koreaDateOf(value: string | Date): string {
  const date = parseInstant(value);
  if (!date) return '';
  const k = koreaClock(date);
  return `${k.getUTCFullYear()}-${pad(k.getUTCMonth() + 1)}-${pad(k.getUTCDate())}`;
}

/** The Korea clock time of an instant, e.g. '19:00'; '' when it cannot be read. */
export function koreaTimeOf(value: string | Date): string {
  const date = parseInstant(value);
  if (!date) return '';
  const k = koreaClock(date);
  return `${pad(k.getUTCHours())}:${pad(k.getUTCMinutes())}`;
}

/** A datetime-local input's value ('YYYY-MM-DDTHH:mm', Korea time) for an instant; '' for none. */
export function toKoreaInput(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = koreaDateOf(value);
  return date ? `${date}T${koreaTimeOf(value)}` : '';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether 'YYYY-MM-DD' is a real calendar date. */
export function isDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d;
}

/** Whether 'HH:mm' (or 'HH:mm:ss') is a clock time of a day. */
export function isTime(time: string): boolean {
  const m = TIME.exec(time);
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60;
}

/** The instant of a Korea date and clock time; null when either is not a real one. */
export function koreaInstant(date: string, time: string): Date | null {
  if (!isDate(date) || !isTime(time)) return null;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s = 0] = time.split(':').map(Number) as [number, number, number?];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - KOREA_OFFSET_MS);
}

/** The ISO instant of a datetime-local value read as Korea time; null when it is not a valid one. */
export function fromKoreaInput(local: string): string | null {
  const [date = '', time = ''] = local.trim().split('T');
  return koreaInstant(date, time)?.toISOString() ?? null;
}

/** The date `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const at = koreaInstant(date, '12:00');
  return at ? koreaDateOf(new Date(at.getTime() + days * DAY_MS)) : date;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = koreaInstant(from, '12:00');
  const b = koreaInstant(to, '12:00');
  return a && b ? Math.round((b.getTime() - a.getTime()) / DAY_MS) : 0;
}

/** Day of the week, Monday 0 … Sunday 6 (the calendar's columns). */
export function weekdayOf(date: string): number {
  const at = koreaInstant(date, '12:00');
  return at ? (koreaClock(at).getUTCDay() + 6) % 7 : 0;
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayOf(date));
}

/** Today's date in Korea. */
export function koreaToday(now: Date = new Date()): string {
  return koreaDateOf(now);
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `months` after 'YYYY-MM'. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * A month as calendar weeks, Monday first: each week has seven cells, the month's dates and null
 * for the days before its first and after its last.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  if (!isDate(first)) return [];
  const days = daysBetween(first, `${addMonths(month, 1)}-01`);
  const cells: (string | null)[] = Array.from({ length: weekdayOf(first) }, () => null);
  for (let i = 0; i < days; i++) cells.push(addDays(first, i));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The instant of the first day of a month, for formatting its name. */
export function monthInstant(month: string): string {
  return koreaInstant(`${month}-01`, '12:00')?.toISOString() ?? '';
}

// The dashboard's periods, in Korea time (UTC+9 all year: Korea has no daylight saving time).
// A period is [from, to) as instants; the page shows and takes it as calendar dates, the last one
// included. Every preset ends at the start of a Korea day, so a period stays the same all day
// (the query is not asked again on every render) and the API reads it from its daily rollup.

export type Preset = 'thisYear' | 'lastSemester' | 'last12Months';
export const PRESETS: readonly Preset[] = ['thisYear', 'lastSemester', 'last12Months'];

export interface Period {
  /** Start, inclusive, as an RFC 3339 instant in Korea time (`2026-01-01T00:00:00+09:00`). */
  from: string;
  /** End, exclusive, likewise. */
  to: string;
}

const KOREA_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** A calendar date, `YYYY-MM-DD`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1..12
  day: number;
}

/** The Korea calendar date holding `at`. */
function koreaYmd(at: Date): Ymd {
  const local = new Date(at.getTime() + KOREA_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** `Date.UTC` that takes a month 1..12 and lets months and days overflow into the next year. */
const utcMidnight = ({ year, month, day }: Ymd) => new Date(Date.UTC(year, month - 1, day));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateText(ymd: Ymd): string {
  const d = utcMidnight(ymd); // normalised (month 13 = January of the next year)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The start of a Korea calendar date, as an RFC 3339 instant with the Korea offset. */
function startOf(ymd: Ymd): string {
  return `${dateText(ymd)}T00:00:00+09:00`;
}

/** The Korea calendar date (`YYYY-MM-DD`) of an instant. */
export function koreaDate(at: Date | string): string {
  return dateText(koreaYmd(typeof at === 'string' ? new Date(at) : at));
}

/** A preset's period at `now`. */
export function presetPeriod(preset: Preset, now: Date): Period {
  const today = koreaYmd(now);
  switch (preset) {
    case 'thisYear':
      // 1 January up to the end of today.
      return {
        from: startOf({ year: today.year, month: 1, day: 1 }),
        to: startOf({ ...today, day: today.day + 1 }),
      };
    case 'lastSemester': {
      // The half-year before the current one: 1 Jan – 1 Jul, or 1 Jul – 1 Jan.
      const half = today.month <= 6 ? 1 : 7;
      const start =
        half === 1 ? { year: today.year - 1, month: 7, day: 1 } : { year: today.year, month: 1, day: 1 };
      return { from: startOf(start), to: startOf({ ...start, month: start.month + 6 }) };
    }
    case 'last12Months':
      // The twelve whole months before the current one.
      return {
        from: startOf({ year: today.year - 1, month: today.month, day: 1 }),
        to: startOf({ year: today.year, month: today.month, day: 1 }),
      };
  }
}

function parseDate(text: string): Ymd | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Reject dates that do not exist (2026-02-30).
  return dateText(ymd) === text.trim() ? ymd : null;
}

export type CustomProblem = 'fromMissing' | 'toMissing' | 'toBeforeFrom';

/**
 * The period from the first to the last date given (both Korea calendar dates, both included),
 * or what is wrong with them, by field.
 */
export function customPeriod(
  fromDate: string,
  toDate: string,
): { period: Period } | { problems: Partial<Record<'from' | 'to', CustomProblem>> } {
  const from = parseDate(fromDate);
  const to = parseDate(toDate);
  const problems: Partial<Record<'from' | 'to', CustomProblem>> = {};
  if (!from) problems.from = 'fromMissing';
  if (!to) problems.to = 'toMissing';
  if (from && to && utcMidnight(to).getTime() < utcMidnight(from).getTime()) problems.to = 'toBeforeFrom';
  if (!from || !to || problems.to) return { problems };
  return { period: { from: startOf(from), to: startOf({ ...to, day: to.day + 1 }) } };
}

/** A period as the dates a person reads: its first and its last day (Korea time), both included. */
export function periodDates(period: Period): { first: string; last: string } {
  return {
    first: koreaDate(period.from),
    last: koreaDate(new Date(new Date(period.to).getTime() - DAY_MS)),
  };
}

/** What the address says about the period: a preset, or custom dates; a preset when it says nothing valid. */
export type PeriodChoice = { preset: Preset } | { preset: 'custom'; fromDate: string; toDate: string };

export const DEFAULT_PRESET: Preset = 'thisYear';

export function choiceFromSearch(params: URLSearchParams): PeriodChoice {
  const preset = params.get('period');
  if (preset && (PRESETS as readonly string[]).includes(preset)) return { preset: preset as Preset };
  const fromDate = params.get('from') ?? '';
  const toDate = params.get('to') ?? '';
  if (fromDate && toDate && 'period' in customPeriod(fromDate, toDate)) {
    return { preset: 'custom', fromDate, toDate };
  }
  return { preset: DEFAULT_PRESET };
}

export function searchFromChoice(choice: PeriodChoice): Record<string, string> {
  return choice.preset === 'custom'
    ? { from: choice.fromDate, to: choice.toDate }
    : choice.preset === DEFAULT_PRESET
      ? {}
      : { period: choice.preset };
}

/** The period a choice stands for at `now`. */
export function periodOf(choice: PeriodChoice, now: Date): Period {
  if (choice.preset !== 'custom') return presetPeriod(choice.preset, now);
  const custom = customPeriod(choice.fromDate, choice.toDate);
  return 'period' in custom ? custom.period : presetPeriod(DEFAULT_PRESET, now);
}

// Province statistics rules: which records count as learning, how a period splits into whole
// days (kept in the rollup) and partial days at its ends (read from records), and small-cell
// suppression.
import { badInput, KOREA_OFFSET_MS, koreaDayStart } from '@baeumteo/server';
import type { LearningCategory } from '../generated/graphql.ts';
import { learningVerbs } from './verbs.ts';

/** Every verb but MOVED is learning activity: moving city is not learning. */
export const activityVerbs = learningVerbs.filter((verb) => verb !== 'MOVED');

export const isActivity = (verb: string) => verb !== 'MOVED';

/** Fewer learners than this in a cell and the cell is not shown, so no one can be singled out. */
export const SUPPRESS_BELOW = 5;
const MAX_YEARS = 10;

const DAY_MS = 86_400_000;
/** Bits in a year of days: 366, so that leap years fit; bit n is day n (0 = 1 January). */
export const YEAR_BITS = 366;

/** The day (Korea time) holding `at`: its date, its year and its index in the year. */
export function koreaDay(at: Date): { date: string; year: number; index: number } {
  const local = new Date(at.getTime() + KOREA_OFFSET_MS);
  const year = local.getUTCFullYear();
  const index = Math.floor(
    (Date.UTC(year, local.getUTCMonth(), local.getUTCDate()) - Date.UTC(year, 0, 1)) / DAY_MS,
  );
  return { date: local.toISOString().slice(0, 10), year, index };
}

const daysIn = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;

/** A year of days with the days from..to-1 set, as PostgreSQL bit string text. */
export function dayMask(from: number, to: number): string {
  return '0'.repeat(from) + '1'.repeat(Math.max(0, to - from)) + '0'.repeat(YEAR_BITS - Math.max(from, to));
}

export interface Period {
  from: Date;
  to: Date;
}

/** Checks a requested period [from, to): `to` after `from`, at most ten years. */
export function checkPeriod(from: Date, to: Date): Period {
  if (to.getTime() <= from.getTime()) throw badInput('`to` must be after `from`.', 'to');
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_YEARS);
  if (to.getTime() > limit.getTime()) throw badInput('A period can span at most 10 years.', 'to');
  return { from, to };
}

export interface PeriodPlan {
  /** Whole days (Korea time) read from the rollup: dates in [fromDay, toDay). */
  days: { fromDay: string; toDay: string } | null;
  /** The same whole days as one mask per year, for the learners' day bitmaps. */
  years: { year: number; mask: string }[];
  /** Partial days at either end, read from the records. */
  edges: Period[];
}

/** Splits [from, to) into whole Korea-time days and the partial days before and after them. */
export function planPeriod({ from, to }: Period): PeriodPlan {
  const firstWhole =
    koreaDayStart(from).getTime() === from.getTime()
      ? from
      : new Date(koreaDayStart(from).getTime() + DAY_MS);
  const endWhole = koreaDayStart(to);
  if (firstWhole.getTime() >= endWhole.getTime()) return { days: null, years: [], edges: [{ from, to }] };
  const edges: Period[] = [];
  if (from.getTime() < firstWhole.getTime()) edges.push({ from, to: firstWhole });
  if (endWhole.getTime() < to.getTime()) edges.push({ from: endWhole, to });
  const first = koreaDay(firstWhole);
  const last = koreaDay(new Date(endWhole.getTime() - DAY_MS));
  const years = [];
  for (let year = first.year; year <= last.year; year++) {
    const start = year === first.year ? first.index : 0;
    const end = year === last.year ? last.index + 1 : daysIn(year);
    years.push({ year, mask: dayMask(start, end) });
  }
  return { days: { fromDay: first.date, toDay: koreaDay(endWhole).date }, years, edges };
}

export interface CityTotals {
  cityId: string;
  activeLearners: number;
  enrollments: number;
  completions: number;
  notCompleted: number;
  learningHours: number;
}

export interface CityStats {
  cityId: string;
  activeLearners: number | null;
  participationRate: number | null;
  enrollments: number | null;
  completions: number | null;
  completionRate: number | null;
  learningHours: number | null;
}

const shown = (count: number) => (count > 0 && count < SUPPRESS_BELOW ? null : count);

/**
 * One city's row. A city with fewer than 5 active learners shows nothing at all; in other rows a
 * count of 1 to 4 is hidden, and so is the completion rate when completions or non-completions
 * are 1 to 4 (with the other count, it would reveal them).
 */
export function cityStats(totals: CityTotals, population: number): CityStats {
  if (totals.activeLearners < SUPPRESS_BELOW) {
    return {
      cityId: totals.cityId,
      activeLearners: null,
      participationRate: null,
      enrollments: null,
      completions: null,
      completionRate: null,
      learningHours: null,
    };
  }
  const judged = totals.completions + totals.notCompleted;
  const rateShown = judged > 0 && shown(totals.completions) !== null && shown(totals.notCompleted) !== null;
  return {
    cityId: totals.cityId,
    activeLearners: totals.activeLearners,
    participationRate: population > 0 ? totals.activeLearners / population : 0,
    enrollments: shown(totals.enrollments),
    completions: shown(totals.completions),
    completionRate: rateShown ? totals.completions / judged : judged === 0 ? 0 : null,
    learningHours: Math.round(totals.learningHours * 10) / 10,
  };
}

/** Highest participation rate over the lowest, among cities shown with a rate above 0; 1 = no gap. */
export function participationGap(rows: CityStats[]): number {
  const rates = rows.map((r) => r.participationRate).filter((r): r is number => r !== null && r > 0);
  if (rates.length < 2) return 1;
  return Math.max(...rates) / Math.min(...rates);
}

export interface CategoryTotals {
  category: LearningCategory;
  completions: number;
  notCompleted: number;
  learningHours: number;
  /** Records that credited hours. */
  credited: number;
}

export interface CategoryStats {
  category: LearningCategory;
  completions: number | null;
  notCompleted: number | null;
  completionRate: number | null;
  learningHours: number | null;
}

/**
 * One category's row, province-wide: counts of 1 to 4 are hidden, the rate with them, and the
 * hours when fewer than 5 records credited them.
 */
export function categoryStats(totals: CategoryTotals): CategoryStats {
  const judged = totals.completions + totals.notCompleted;
  const completions = shown(totals.completions);
  const notCompleted = shown(totals.notCompleted);
  return {
    category: totals.category,
    completions,
    notCompleted,
    completionRate:
      judged === 0 ? 0 : completions === null || notCompleted === null ? null : totals.completions / judged,
    learningHours: shown(totals.credited) === null ? null : Math.round(totals.learningHours * 10) / 10,
  };
}

export interface MonthStats extends Period {
  /** The month in Korea time, e.g. "2026-03". */
  month: string;
  activeLearners: number | null;
  enrollments: number | null;
  completions: number | null;
  learningHours: number | null;
}

/** A month of the province as a whole; a month with fewer than 5 active learners shows nothing. */
export function monthStats(month: string, period: Period, totals: Omit<CityTotals, 'cityId'>): MonthStats {
  const hidden = totals.activeLearners < SUPPRESS_BELOW;
  return {
    month,
    ...period,
    activeLearners: hidden ? null : totals.activeLearners,
    enrollments: hidden ? null : shown(totals.enrollments),
    completions: hidden ? null : shown(totals.completions),
    learningHours: hidden ? null : Math.round(totals.learningHours * 10) / 10,
  };
}

/** At most this many months in a trend: ten years, cut at both ends. */
const MAX_MONTHS = 121;

/** The Korea-time months [from, to) touches, each cut to the period ("2026-03", its part of it). */
export function monthsOf({ from, to }: Period): Array<{ month: string } & Period> {
  const months: Array<{ month: string } & Period> = [];
  const local = new Date(from.getTime() + KOREA_OFFSET_MS);
  let year = local.getUTCFullYear();
  let month = local.getUTCMonth();
  while (months.length < MAX_MONTHS) {
    const start = new Date(Date.UTC(year, month, 1) - KOREA_OFFSET_MS);
    const end = new Date(Date.UTC(year, month + 1, 1) - KOREA_OFFSET_MS);
    if (start.getTime() >= to.getTime()) break;
    months.push({
      month: `${year}-${String(month + 1).padStart(2, '0')}`,
      from: start.getTime() < from.getTime() ? from : start,
      to: end.getTime() > to.getTime() ? to : end,
    });
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

// Province statistics rules: which records count as learning, how a period splits into whole
// months (kept in the rollup) and partial edges (read from records), and small-cell suppression.
import { badInput } from '@baeumteo/server';

/** Every verb but MOVED is learning activity: moving city is not learning. */
export const activityVerbs = [
  'APPLIED',
  'ENROLLED',
  'WAITLISTED',
  'CANCELLED',
  'ATTENDED',
  'COMPLETED',
  'NOT_COMPLETED',
  'PROGRESSED',
  'FINISHED_CONTENT',
  'JOINED_LIVE',
  'CERTIFIED',
] as const;

export const isActivity = (verb: string) => (activityVerbs as readonly string[]).includes(verb);

/** Fewer learners than this in a cell and the cell is not shown, so no one can be singled out. */
export const SUPPRESS_BELOW = 5;
const MAX_YEARS = 10;
const KOREA_OFFSET_MS = 9 * 3600_000;

/** The first instant of the month (Korea time) that holds `at`. */
export function koreaMonthStart(at: Date): Date {
  const local = new Date(at.getTime() + KOREA_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - KOREA_OFFSET_MS);
}

function addMonth(monthStart: Date): Date {
  const local = new Date(monthStart.getTime() + KOREA_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - KOREA_OFFSET_MS);
}

/** The rollup's key for the month holding `at`: its first day, Korea time, e.g. '2026-03-01'. */
export function monthKey(at: Date): string {
  return new Date(koreaMonthStart(at).getTime() + KOREA_OFFSET_MS).toISOString().slice(0, 10);
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
  /** Whole months read from the rollup: month keys in [fromMonth, toMonth). */
  months: { fromMonth: string; toMonth: string } | null;
  /** Partial stretches read from the records. */
  edges: Period[];
}

/** Splits [from, to) into whole Korea-time months and the partial stretches before and after them. */
export function planPeriod({ from, to }: Period): PeriodPlan {
  const firstWhole =
    koreaMonthStart(from).getTime() === from.getTime() ? from : addMonth(koreaMonthStart(from));
  const endWhole = koreaMonthStart(to);
  if (firstWhole.getTime() >= endWhole.getTime()) return { months: null, edges: [{ from, to }] };
  const edges: Period[] = [];
  if (from.getTime() < firstWhole.getTime()) edges.push({ from, to: firstWhole });
  if (endWhole.getTime() < to.getTime()) edges.push({ from: endWhole, to });
  return { months: { fromMonth: monthKey(firstWhole), toMonth: monthKey(endWhole) }, edges };
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

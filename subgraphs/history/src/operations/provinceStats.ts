// Province statistics, one table for GraphQL and for the CSV export.
import { cities, downloads } from '@baeumteo/contracts';
import type { Repos } from '../context.ts';
import {
  type CategoryStats,
  type CityStats,
  categoryStats,
  cityStats,
  type MonthStats,
  monthStats,
  monthsOf,
  type Period,
  participationGap,
} from '../rules/stats.ts';
import { learningCategories } from '../rules/verbs.ts';

export interface ProvinceStatsTable extends Period {
  cities: CityStats[];
  participationGap: number;
  csvPath: string;
}

const byCode = [...cities].sort((a, b) => a.code.localeCompare(b.code));

export async function provinceStats(repo: Repos, period: Period): Promise<ProvinceStatsTable> {
  const totals = new Map((await repo.stats.cityTotals(period)).map((t) => [t.cityId, t]));
  const rows = byCode.map((city) =>
    cityStats(
      totals.get(city.id) ?? {
        cityId: city.id,
        activeLearners: 0,
        enrollments: 0,
        completions: 0,
        notCompleted: 0,
        learningHours: 0,
      },
      city.population,
    ),
  );
  return {
    ...period,
    cities: rows,
    participationGap: participationGap(rows),
    csvPath: downloads.provinceStatsCsv.path(period.from, period.to),
  };
}

/** The period month by month (Korea time), province-wide: the dashboard's trend. */
export async function provinceMonths(repo: Repos, period: Period): Promise<MonthStats[]> {
  return Promise.all(
    monthsOf(period).map(async ({ month, ...slice }) =>
      monthStats(month, slice, await repo.stats.provinceTotals(slice)),
    ),
  );
}

/** Completions and hours per learning category, province-wide, in the categories' order. */
export async function provinceCategories(repo: Repos, period: Period): Promise<CategoryStats[]> {
  const totals = new Map((await repo.stats.categoryTotals(period)).map((t) => [t.category, t]));
  return learningCategories.map((category) =>
    categoryStats(
      totals.get(category) ?? { category, completions: 0, notCompleted: 0, learningHours: 0, credited: 0 },
    ),
  );
}

const csvColumns = [
  'city_id',
  'city_code',
  'city_name_ko',
  'city_name_en',
  'population',
  'active_learners',
  'participation_rate',
  'enrollments',
  'completions',
  'completion_rate',
  'learning_hours',
] as const;

/** The table as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the Korean names). */
export function provinceStatsCsv(table: ProvinceStatsTable): string {
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = table.cities.map((row) => {
    const city = byCode.find((c) => c.id === row.cityId);
    return [
      row.cityId,
      city?.code ?? '',
      city?.nameKo ?? '',
      city?.nameEn ?? '',
      city?.population ?? '',
      row.activeLearners,
      row.participationRate === null ? null : row.participationRate.toFixed(6),
      row.enrollments,
      row.completions,
      row.completionRate === null ? null : row.completionRate.toFixed(4),
      row.learningHours,
    ]
      .map(cell)
      .join(',');
  });
  return `\uFEFF${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`;
}

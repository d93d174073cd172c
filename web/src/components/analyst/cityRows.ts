// The province table's rows as the dashboard reads them: sorted by a column, the cities the chart
// can show, and the highest and lowest participation behind the gap. A null value is a suppressed
// cell (fewer than 5 learners behind it): it is never a 0, never charted, and sorts last.
import { type AppLocale, intlLocale } from '../../i18n/locale';

export interface CityRow {
  id: string;
  name: string;
  activeLearners: number | null;
  participationRate: number | null;
  enrollments: number | null;
  completions: number | null;
  completionRate: number | null;
  learningHours: number | null;
}

export type NumberColumn = Exclude<keyof CityRow, 'id' | 'name'>;
export type SortColumn = 'name' | NumberColumn;
export const NUMBER_COLUMNS: readonly NumberColumn[] = [
  'activeLearners',
  'participationRate',
  'enrollments',
  'completions',
  'completionRate',
  'learningHours',
];

export type SortDirection = 'ascending' | 'descending';
/** null: the API's order, by administrative code. */
export type Sort = { column: SortColumn; direction: SortDirection } | null;

/** The sort after a click on `column`: numbers start high, names start at A (가); a third click goes back to the API's order. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  const first: SortDirection = column === 'name' ? 'ascending' : 'descending';
  if (!current || current.column !== column) return { column, direction: first };
  if (current.direction === first)
    return { column, direction: first === 'ascending' ? 'descending' : 'ascending' };
  return null;
}

export function sortRows(rows: readonly CityRow[], sort: Sort, locale: AppLocale): CityRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(intlLocale(locale));
  const { column } = sort;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (column === 'name') return sign * collator.compare(a.row.name, b.row.name) || a.index - b.index;
      const x = a.row[column];
      const y = b.row[column];
      // Suppressed cells last whichever way: they are not small numbers.
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.index - b.index;
      return sign * (x - y) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The chart's bars, highest participation first, and the cities it leaves out (suppressed). */
export function participationBars(rows: readonly CityRow[]): {
  shown: (CityRow & { participationRate: number })[];
  suppressed: CityRow[];
} {
  const shown = rows
    .filter((row): row is CityRow & { participationRate: number } => row.participationRate !== null)
    .sort((a, b) => b.participationRate - a.participationRate);
  return { shown, suppressed: rows.filter((row) => row.participationRate === null) };
}

/** The highest and lowest participation among cities shown with a rate above 0 (as the API's gap); null below two. */
export function participationExtremes(rows: readonly CityRow[]): {
  highest: CityRow & { participationRate: number };
  lowest: CityRow & { participationRate: number };
} | null {
  const rated = participationBars(rows).shown.filter((row) => row.participationRate > 0);
  const highest = rated[0];
  const lowest = rated[rated.length - 1];
  return highest && lowest && rated.length >= 2 ? { highest, lowest } : null;
}

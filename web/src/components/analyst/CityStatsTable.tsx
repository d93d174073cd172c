import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import type { AppLocale } from '../../i18n/locale';
import {
  type CityRow,
  NUMBER_COLUMNS,
  type NumberColumn,
  nextSort,
  type Sort,
  type SortColumn,
  sortRows,
} from './cityRows';
import { Suppressed } from './Suppressed';
import { formatCount, formatParticipation, formatRate } from './statsFormat';

const formatters: Record<NumberColumn, (value: number, locale: AppLocale) => string> = {
  activeLearners: formatCount,
  participationRate: formatParticipation,
  enrollments: formatCount,
  completions: formatCount,
  completionRate: formatRate,
  learningHours: formatCount,
};

/**
 * The province table: one row per city, sortable by any column (a button in its header, the
 * order announced by `aria-sort`). A suppressed cell says so, never 0. Scrolls sideways on a phone
 * with the city names kept in view.
 */
export function CityStatsTable({ rows, period }: { rows: readonly CityRow[]; period: string }) {
  const { t } = useTranslation('analyst');
  const { locale } = useLocale();
  const [sort, setSort] = useState<Sort>(null);
  const sorted = useMemo(() => sortRows(rows, sort, locale), [rows, sort, locale]);
  const id = useId();

  const header = (column: SortColumn) => {
    const active = sort?.column === column ? sort.direction : undefined;
    return (
      <th
        scope="col"
        key={column}
        aria-sort={active ?? 'none'}
        className={column === 'name' ? undefined : 'analyst-num'}
      >
        <button
          type="button"
          className="analyst-sort"
          data-testid={`sort-${column}`}
          onClick={() => setSort(nextSort(sort, column))}
        >
          <span>{t(`columns.${column}`)}</span>
          <span className="analyst-sort__mark" aria-hidden="true">
            {active === 'ascending' ? '▲' : active === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="analyst-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('table.heading')}</h2>
      <p className="analyst-section__period">{period}</p>
      <p id={`${id}-note`} className="muted">
        {t('table.suppressedNote')}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1) */}
      <section className="analyst-table-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="analyst-table" data-testid="city-table" aria-describedby={`${id}-note`}>
          {/* Said above for the eye; the caption names the table (and its scrolling region) for screen readers. */}
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('table.caption', { period })}
          </caption>
          <thead>
            <tr>
              {header('name')}
              {NUMBER_COLUMNS.map(header)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id} data-testid="city-row" data-city-id={row.id}>
                <th scope="row">{row.name}</th>
                {NUMBER_COLUMNS.map((column) => {
                  const value = row[column];
                  return (
                    <td key={column} className="analyst-num" data-column={column}>
                      {value === null ? <Suppressed /> : formatters[column](value, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

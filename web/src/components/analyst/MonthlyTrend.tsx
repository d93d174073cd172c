import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import type { ChartSpec } from './chartSpec';
import { StatsChart } from './StatsChart';
import { Suppressed } from './Suppressed';
import { formatCount, formatMonth } from './statsFormat';

export const MonthlyTrend_stats = graphql(`
  fragment MonthlyTrend_stats on ProvinceStats {
    months {
      month
      activeLearners
      enrollments
      completions
      learningHours
    }
  }
`);

const COLUMNS = ['activeLearners', 'enrollments', 'completions', 'learningHours'] as const;

/** The province month by month: a line of active learners and enrollments, and the same months in a table. */
export function MonthlyTrend(props: { stats: FragmentType<typeof MonthlyTrend_stats> }) {
  const { t } = useTranslation('analyst');
  const { locale } = useLocale();
  const id = useId();
  const { months } = getFragmentData(MonthlyTrend_stats, props.stats);
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'line',
      labels: months.map((m) => formatMonth(m.month, locale)),
      series: [
        { label: t('columns.activeLearners'), values: months.map((m) => m.activeLearners), color: 'primary' },
        { label: t('columns.enrollments'), values: months.map((m) => m.enrollments), color: 'accent' },
      ],
      formatValue: (value) => formatCount(value, locale),
    }),
    [months, t, locale],
  );
  const anyShown = months.some((m) => m.activeLearners !== null || m.enrollments !== null);

  return (
    <section className="analyst-section" aria-labelledby={`${id}-heading`} data-testid="monthly-trend">
      <h2 id={`${id}-heading`}>{t('months.heading')}</h2>
      {anyShown ? (
        <StatsChart
          spec={spec}
          label={t('months.chartLabel', { count: months.length })}
          testId="months-chart"
        />
      ) : (
        <p className="notice">{t('months.allSuppressed')}</p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1) */}
      <section className="analyst-table-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="analyst-table" data-testid="months-table">
          <caption id={`${id}-caption`}>{t('months.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="analyst-th">
                {t('months.month')}
              </th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column} className="analyst-th analyst-num">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month} data-testid="month-row" data-month={m.month}>
                <th scope="row">{formatMonth(m.month, locale)}</th>
                {COLUMNS.map((column) => {
                  const value = m[column];
                  return (
                    <td key={column} className="analyst-num" data-column={column}>
                      {value === null ? <Suppressed /> : formatCount(value, locale)}
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

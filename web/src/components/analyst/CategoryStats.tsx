import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import type { LearningCategory } from '../../generated/graphql';
import { intlLocale, useLocale } from '../../i18n';
import type { ChartSpec } from './chartSpec';
import { StatsChart } from './StatsChart';
import { Suppressed } from './Suppressed';
import { formatCount, formatRate } from './statsFormat';

export const CategoryStats_stats = graphql(`
  fragment CategoryStats_stats on ProvinceStats {
    categories {
      category
      completions
      notCompleted
      completionRate
      learningHours
    }
  }
`);

/** Whether any course of the category was judged (completed or not): else its rate of 0 means nothing. */
const judged = (c: { completions: number | null; notCompleted: number | null }) =>
  !(c.completions === 0 && c.notCompleted === 0);

/**
 * Completion rate and learning hours in each of the six learning categories, province-wide: a bar
 * per category with a rate shown, and every number in the table.
 */
export function CategoryStats(props: { stats: FragmentType<typeof CategoryStats_stats> }) {
  const { t } = useTranslation(['analyst', 'common']);
  const { locale } = useLocale();
  const id = useId();
  const { categories } = getFragmentData(CategoryStats_stats, props.stats);
  const name = (category: LearningCategory) => t(`common:category.${category}`);
  // A rate is worth a bar when it was shown and some course of the category was judged.
  const charted = useMemo(
    () => categories.filter((c) => c.completionRate !== null && judged(c)),
    [categories],
  );
  const leftOut = categories.filter((c) => c.completionRate === null);
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'bars',
      labels: charted.map((c) => t(`common:category.${c.category}`)),
      series: [
        {
          label: t('columns.completionRate'),
          values: charted.map((c) => c.completionRate),
          color: 'success',
        },
      ],
      formatValue: (value) => formatRate(value, locale),
      max: 1,
    }),
    [charted, t, locale],
  );
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction', style: 'short' });

  return (
    <section className="analyst-section" aria-labelledby={`${id}-heading`} data-testid="category-stats">
      <h2 id={`${id}-heading`}>{t('categories.heading')}</h2>
      {charted.length > 0 ? (
        <StatsChart
          spec={spec}
          label={t('categories.chartLabel', { count: charted.length })}
          testId="categories-chart"
        />
      ) : (
        <p className="notice">{t('categories.noRates')}</p>
      )}
      {leftOut.length > 0 && charted.length > 0 && (
        <p className="muted">
          {t('categories.leftOut', {
            count: leftOut.length,
            categories: list.format(leftOut.map((c) => name(c.category))),
          })}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1) */}
      <section className="analyst-table-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="analyst-table" data-testid="categories-table">
          <caption id={`${id}-caption`}>{t('categories.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="analyst-th">
                {t('categories.category')}
              </th>
              <th scope="col" className="analyst-th analyst-num">
                {t('columns.completions')}
              </th>
              <th scope="col" className="analyst-th analyst-num">
                {t('categories.notCompleted')}
              </th>
              <th scope="col" className="analyst-th analyst-num">
                {t('columns.completionRate')}
              </th>
              <th scope="col" className="analyst-th analyst-num">
                {t('columns.learningHours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category} data-testid="category-row" data-category={c.category}>
                <th scope="row">{name(c.category)}</th>
                <td className="analyst-num">
                  {c.completions === null ? <Suppressed /> : formatCount(c.completions, locale)}
                </td>
                <td className="analyst-num">
                  {c.notCompleted === null ? <Suppressed /> : formatCount(c.notCompleted, locale)}
                </td>
                <td className="analyst-num">
                  {c.completionRate === null ? (
                    <Suppressed />
                  ) : judged(c) ? (
                    formatRate(c.completionRate, locale)
                  ) : (
                    <span className="muted">{t('categories.noneJudged')}</span>
                  )}
                </td>
                <td className="analyst-num">
                  {c.learningHours === null ? <Suppressed /> : formatCount(c.learningHours, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

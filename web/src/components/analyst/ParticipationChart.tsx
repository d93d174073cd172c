import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLocale } from '../../i18n';
import type { ChartSpec } from './chartSpec';
import { type CityRow, participationBars } from './cityRows';
import { StatsChart } from './StatsChart';
import { formatParticipation } from './statsFormat';

/** Participation per city, highest first; suppressed cities are left out of the bars and named below. */
export function ParticipationChart({ rows }: { rows: readonly CityRow[] }) {
  const { t } = useTranslation('analyst');
  const { locale } = useLocale();
  const { shown, suppressed } = useMemo(() => participationBars(rows), [rows]);
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'bars',
      labels: shown.map((row) => row.name),
      series: [
        {
          label: t('columns.participationRate'),
          values: shown.map((r) => r.participationRate),
          color: 'primary',
        },
      ],
      formatValue: (value) => formatParticipation(value, locale),
    }),
    [shown, t, locale],
  );
  const listFormat = useMemo(
    () => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction', style: 'short' }),
    [locale],
  );

  return (
    <section className="analyst-section" aria-labelledby="analyst-participation-heading">
      <h2 id="analyst-participation-heading">{t('participation.heading')}</h2>
      {shown.length === 0 ? (
        <p className="notice" data-testid="participation-empty">
          {t('participation.empty')}
        </p>
      ) : (
        <StatsChart
          spec={spec}
          label={t('participation.chartLabel', { count: shown.length })}
          testId="participation-chart"
        />
      )}
      {suppressed.length > 0 && (
        <p className="muted" data-testid="participation-left-out">
          {t('participation.leftOut', {
            count: suppressed.length,
            cities: listFormat.format(suppressed.map((row) => row.name)),
          })}
        </p>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { fieldErrorOf } from '../../components/account/fieldError';
import { CategoryStats } from '../../components/analyst/CategoryStats';
import { CityStatsTable } from '../../components/analyst/CityStatsTable';
import { CsvDownload } from '../../components/analyst/CsvDownload';
import { cityRowsOf } from '../../components/analyst/cityRowsOf';
import { GapHeadline } from '../../components/analyst/GapHeadline';
import { MonthlyTrend } from '../../components/analyst/MonthlyTrend';
import { ParticipationChart } from '../../components/analyst/ParticipationChart';
import { PeriodPicker } from '../../components/analyst/PeriodPicker';
import {
  choiceFromSearch,
  type PeriodChoice,
  periodDates,
  periodOf,
  searchFromChoice,
} from '../../components/analyst/period';
import { formatDay } from '../../components/analyst/statsFormat';
import { RequireRole } from '../../components/RequireRole';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale, useLocale } from '../../i18n';
import './dashboard.css';

const ProvinceDashboard = graphql(`
  query ProvinceDashboard($from: DateTime!, $to: DateTime!, $locale: Locale) {
    provinceStats(from: $from, to: $to) {
      from
      to
      participationGap
      csvPath
      ...CityRows_stats
      ...MonthlyTrend_stats
      ...CategoryStats_stats
    }
  }
`);

/** The province analyst's dashboard: learning across the 31 cities in a period, aggregates only. */
export function DashboardPage() {
  return (
    <RequireRole roles={['ANALYST']}>
      <Dashboard />
    </RequireRole>
  );
}

function Dashboard() {
  const { t } = useTranslation('analyst');
  const { locale } = useLocale();
  usePageTitle(t('title'));
  const [search, setSearch] = useSearchParams();
  const choice = useMemo(() => choiceFromSearch(search), [search]);
  // Presets end at the start of a Korea day: the period is the same all day, and so is the query.
  const period = useMemo(() => periodOf(choice, new Date()), [choice]);
  const { data, previousData, loading, error, refetch } = useQuery(ProvinceDashboard, {
    variables: { ...period, locale: useGraphQLLocale() },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const stats = shown?.provinceStats;
  const rows = useMemo(() => (stats ? cityRowsOf(stats) : []), [stats]);
  const { first, last } = periodDates(stats ?? period);
  const periodText = t('period.range', { first: formatDay(first, locale), last: formatDay(last, locale) });
  const field = fieldErrorOf(error)?.field;
  const problemField = field === 'from' || field === 'to' ? field : null;
  const apiProblem: { field: 'from' | 'to'; message: string } | undefined = problemField
    ? { field: problemField, message: t('period.problem.api') }
    : undefined;

  // A new period is a new address (back returns to the last one); focus stays on the chosen
  // control, and the status line announces the period once its numbers are in.
  const choose = (next: PeriodChoice) => setSearch(searchFromChoice(next));

  return (
    <div className="page analyst-dashboard" data-testid="analyst-dashboard">
      <header className="analyst-dashboard__header">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <PeriodPicker choice={choice} onChoose={choose} apiProblem={apiProblem} />
      <p role="status" aria-live="polite" className="analyst-dashboard__period" data-testid="period-shown">
        {loading ? <span className="loading">{t('loadingPeriod')}</span> : stats ? periodText : null}
      </p>
      {error && !apiProblem && <ApiError error={error} onRetry={() => void refetch()} />}
      {stats && (
        <div className="analyst-dashboard__results" aria-busy={loading}>
          <GapHeadline gap={stats.participationGap} rows={rows} />
          <ParticipationChart rows={rows} />
          <CityStatsTable rows={rows} period={periodText} />
          <CsvDownload csvPath={stats.csvPath} period={stats} />
          <MonthlyTrend stats={stats} />
          <CategoryStats stats={stats} />
        </div>
      )}
    </div>
  );
}

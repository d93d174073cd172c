import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/Loading';
import { graphql } from '../../generated';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatDateTimeRange, formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';

const StaffLiveSessions = graphql(`
  query StaffLiveSessions($locale: Locale) {
    liveSessions(upcoming: true) {
      id
      title(locale: $locale)
      startsAt
      endsAt
      capacity
      attendeeCount
      hostCity {
        id
      }
    }
  }
`);

/** The live classes this city hosts that are not over yet, soonest first. */
export function CityLiveClasses({ cityId }: { cityId: string }) {
  const { t } = useTranslation('staffCity');
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(StaffLiveSessions, {
    variables: { locale: useGraphQLLocale() },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiError error={error} onRetry={() => void refetch()} />;
  const sessions = (data?.liveSessions ?? []).filter((session) => session.hostCity.id === cityId);
  return (
    <>
      <p className="muted" data-testid="live-count">
        {t('live.count', { count: sessions.length })}
      </p>
      {sessions.length === 0 ? (
        <p className="notice">{t('live.empty')}</p>
      ) : (
        <ul className="live-list">
          {sessions.map((session) => (
            <li key={session.id} className="card live-list__item" data-testid="city-live-class">
              <p className="live-list__title">{session.title}</p>
              <p>{formatDateTimeRange(session.startsAt, session.endsAt, locale)}</p>
              <p className="muted">
                {t('live.seats', {
                  attendees: formatNumber(session.attendeeCount, locale),
                  capacity: formatNumber(session.capacity, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

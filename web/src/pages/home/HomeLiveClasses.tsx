import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatDateTime, formatTime } from '../../lib/format';

const HomeLiveClassesQuery = graphql(`
  query HomeLiveClasses($locale: Locale) {
    liveSessions(upcoming: true) {
      id
      title(locale: $locale)
      startsAt
      endsAt
      hostCity {
        id
        name(locale: $locale)
      }
    }
  }
`);

const SHOWN = 3;

/** The next live classes of any city, and the way to all of them. */
export function HomeLiveClasses() {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const { data, error, refetch } = useQuery(HomeLiveClassesQuery, {
    variables: { locale: useGraphQLLocale() },
  });
  const sessions = data?.liveSessions.slice(0, SHOWN) ?? [];
  return (
    <section className="home-section" aria-labelledby="home-live">
      <div className="home-section__head">
        <h2 id="home-live">{t('home.live')}</h2>
        <Link to="/live" className="home-section__more">
          {t('home.allLive')}
        </Link>
      </div>
      {error && !data ? (
        <ApiError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <p className="loading">{t('common:loading')}</p>
      ) : sessions.length === 0 ? (
        <p className="muted">{t('home.noLive')}</p>
      ) : (
        <ul className="home-list">
          {sessions.map((session) => (
            <li key={session.id} className="home-list__item" data-testid="live-class">
              <Link to="/live">{session.title}</Link>
              <span className="muted">
                <time dateTime={session.startsAt}>{formatDateTime(session.startsAt, locale)}</time>–
                <time dateTime={session.endsAt}>{formatTime(session.endsAt, locale)}</time> ·{' '}
                {t('home.hostedBy', { city: session.hostCity.name })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../app/Loading';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import { CityLiveClasses } from '../../components/staffCity/CityLiveClasses';
import { FeaturedEditor } from '../../components/staffCity/FeaturedEditor';
import { LiveClassForm } from '../../components/staffCity/LiveClassForm';
import type { ScheduledLiveClass } from '../../components/staffCity/useScheduleLiveClass';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { theme } from '../../theme';
import './staffCity.css';

const StaffFeatured = graphql(`
  query StaffFeatured($cityId: ID!, $locale: Locale) {
    city(id: $cityId) {
      id
      name(locale: $locale)
      featuredContents {
        id
        title(locale: $locale)
        kind
        provider
        durationMinutes
      }
    }
  }
`);

/** What the city's home page features: online contents in the city's order, and its live classes. */
export function FeaturedPage() {
  return (
    <RequireRole roles={['CITY_STAFF']} cityId={theme.cityId}>
      <Featured />
    </RequireRole>
  );
}

function Featured() {
  const { t } = useTranslation('staffCity');
  const { locale } = useLocale();
  usePageTitle(t('featured.title'));
  const { data, loading, error, refetch } = useQuery(StaffFeatured, {
    variables: { cityId: theme.cityId, locale: useGraphQLLocale() },
    fetchPolicy: 'cache-and-network',
  });
  const [scheduled, setScheduled] = useState<ScheduledLiveClass | null>(null);
  const scheduledRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (scheduled) scheduledRef.current?.focus();
  }, [scheduled]);
  const city = data?.city;

  return (
    <div className="page staff-city" data-testid="staff-featured">
      <h1>{t('featured.title')}</h1>
      <p>{t('featured.intro')}</p>

      <section className="staff-city__section" aria-labelledby="featured-contents-title">
        <h2 id="featured-contents-title">{t('featured.contentsTitle')}</h2>
        <p className="muted">{t('featured.contentsIntro')}</p>
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <ApiError error={error} onRetry={() => void refetch()} />
        ) : (
          // Mounted once the saved order is known: a later answer keeps what staff are arranging.
          <FeaturedEditor cityId={theme.cityId} saved={city?.featuredContents ?? []} />
        )}
      </section>

      <section className="staff-city__section" aria-labelledby="live-classes-title">
        <h2 id="live-classes-title">{t('live.title')}</h2>
        <p className="muted">
          {t('live.intro')} <Link to="/live">{t('live.toPublic')}</Link>
        </p>
        <div className="staff-city__columns">
          <section aria-labelledby="live-upcoming-title">
            <h3 id="live-upcoming-title">{t('live.upcoming')}</h3>
            <CityLiveClasses cityId={theme.cityId} />
          </section>
          <section aria-labelledby="live-form-title">
            <h3 id="live-form-title">{t('live.scheduleTitle')}</h3>
            <div role="status" aria-live="polite" className="staff-city__status">
              {scheduled && (
                <p
                  ref={scheduledRef}
                  tabIndex={-1}
                  className="notice notice--success"
                  data-testid="live-scheduled"
                >
                  {t('live.scheduled', {
                    title: scheduled.title,
                    startsAt: formatDateTime(scheduled.startsAt, locale),
                  })}
                </p>
              )}
            </div>
            <LiveClassForm cityId={theme.cityId} onScheduled={setScheduled} />
          </section>
        </div>
      </section>

      <section className="staff-city__section" aria-labelledby="notices-title">
        <h2 id="notices-title">{t('notices.title')}</h2>
        <p>{t('notices.body', { path: `web/cities/${theme.cityId}/theme.json` })}</p>
      </section>
    </div>
  );
}

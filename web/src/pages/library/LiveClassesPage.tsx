import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Loading } from '../../app/Loading';
import { ApiError } from '../../components/ApiError';
import { LiveClassCard } from '../../components/library/LiveClassCard';
import { signInPath } from '../../components/RequireSignIn';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useStoredSession } from '../../hooks/useSignedIn';
import { useGraphQLLocale } from '../../i18n';
import './library.css';

/** Join buttons follow the clock: look again this often. */
const CLOCK_MS = 15_000;

const LiveClassesPageSessions = graphql(`
  query LiveClassesPageSessions($locale: Locale) {
    liveSessions(upcoming: true) {
      id
      ...LiveClassCard_session
    }
  }
`);

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), CLOCK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The live classes not over yet, soonest first, with a seat to take while each is open. */
export function LiveClassesPage() {
  const { t } = useTranslation('library');
  const locale = useGraphQLLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = Boolean(useStoredSession());
  const now = useNow();
  const here = signInPath(location.pathname + location.search);
  usePageTitle(t('live.title'));
  const { data, loading, error, refetch } = useQuery(LiveClassesPageSessions, { variables: { locale } });
  const sessions = data?.liveSessions ?? [];
  const onSignedOut = useCallback(() => navigate(here), [navigate, here]);
  // A reminder links to one class's card (/live#live-<id>): it exists only once the list has
  // arrived, after the browser looked for it, so it is brought into view then.
  const hash = location.hash;
  useEffect(() => {
    if (data && hash.startsWith('#live-')) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [data, hash]);

  return (
    <div className="page live-classes">
      <h1>{t('live.title')}</h1>
      <p>{t('live.intro')}</p>
      <p>
        <Link to="/library">{t('paths.toLibrary')}</Link>
      </p>
      {loading && !data && <Loading />}
      {error && <ApiError error={error} onRetry={() => void refetch()} />}
      {data && (
        <p role="status" className="muted">
          {t('live.count', { count: sessions.length })}
        </p>
      )}
      {sessions.length > 0 && (
        <ul className="card-grid live-classes__list">
          {sessions.map((session) => (
            <LiveClassCard
              key={session.id}
              session={session}
              now={now}
              signIn={signedIn ? null : here}
              graphQLLocale={locale}
              onSignedOut={onSignedOut}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

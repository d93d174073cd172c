import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '../../app/Loading';
import { ApiError } from '../../components/ApiError';
import { ContentFacts } from '../../components/library/ContentFacts';
import { ContentPlayer, playsHere } from '../../components/library/ContentPlayer';
import { ProgressMeter } from '../../components/library/ProgressMeter';
import { useContentProgress } from '../../components/library/useContentProgress';
import { signInPath } from '../../components/RequireSignIn';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useStoredSession } from '../../hooks/useSignedIn';
import { useGraphQLLocale } from '../../i18n';
import './library.css';

const ContentPageContent = graphql(`
  query ContentPageContent($id: ID!, $locale: Locale) {
    content(id: $id) {
      id
      title(locale: $locale)
      description(locale: $locale)
      kind
      level
      category
      provider
      durationMinutes
      languages
      url
      myProgress {
        percent
        positionSeconds
        completedAt
      }
    }
  }
`);

/** One content of the library: what it is, its player, and the learner's saved progress. */
export function ContentPage() {
  const { t } = useTranslation('library');
  const { id = '' } = useParams();
  const locale = useGraphQLLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = Boolean(useStoredSession());
  const here = location.pathname + location.search;
  const { data, loading, error, refetch } = useQuery(ContentPageContent, { variables: { id, locale } });
  const content = data?.content;
  usePageTitle(content ? content.title : data ? t('content.notFound') : null);

  const onSignedOut = useCallback(() => navigate(signInPath(here)), [navigate, here]);
  const {
    report,
    progress,
    error: saveError,
  } = useContentProgress(id, content?.myProgress, signedIn, onSignedOut);

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <div className="page">
        <h1>{t('content.title')}</h1>
        <ApiError error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!content) {
    return (
      <div className="page page--message">
        <h1>{t('content.notFound')}</h1>
        <p>{t('content.notFoundBody')}</p>
        <p>
          <Link to="/library">{t('content.backToLibrary')}</Link>
        </p>
      </div>
    );
  }

  const recordedHere = playsHere(content);
  return (
    <article className="page content-page">
      <p className="content-page__back">
        <Link to="/library">{t('content.backToLibrary')}</Link>
      </p>
      <h1 data-testid="content-title">{content.title}</h1>
      <ContentFacts content={content} />
      <ContentPlayer content={content} onPlayback={report} />
      {recordedHere && signedIn && <ProgressMeter progress={progress} />}
      {recordedHere && !signedIn && (
        <p className="notice">
          {t('content.signedOut')} <Link to={signInPath(here)}>{t('content.signIn')}</Link>
        </p>
      )}
      {saveError && <ApiError error={saveError} message={t('content.saveFailed')} />}
      <section className="content-page__about" aria-labelledby="content-about">
        <h2 id="content-about">{t('content.about')}</h2>
        <p className="content-page__description">{content.description}</p>
      </section>
    </article>
  );
}

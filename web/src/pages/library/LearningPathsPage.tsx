import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Loading } from '../../app/Loading';
import { ApiError } from '../../components/ApiError';
import { LearningPathCard } from '../../components/library/LearningPathCard';
import { LEVELS } from '../../components/library/libraryFilters';
import { signInPath } from '../../components/RequireSignIn';
import { graphql } from '../../generated';
import type { ContentLevel } from '../../generated/graphql';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useStoredSession } from '../../hooks/useSignedIn';
import { useGraphQLLocale } from '../../i18n';
import './library.css';

const LearningPathsPageQuery = graphql(`
  query LearningPathsPagePaths($level: ContentLevel, $locale: Locale) {
    learningPaths(level: $level) {
      id
      level
      ...LearningPathCard_path
    }
  }
`);

function levelOf(value: string | null): ContentLevel | undefined {
  return LEVELS.find((level) => level === value);
}

/** Step-by-step paths through the library, grouped by level; the level can be chosen. */
export function LearningPathsPage() {
  const { t } = useTranslation('library');
  const { t: common } = useTranslation();
  const locale = useGraphQLLocale();
  const location = useLocation();
  const signedIn = Boolean(useStoredSession());
  const [params, setParams] = useSearchParams();
  const level = levelOf(params.get('level'));
  const selectId = useId();
  usePageTitle(t('paths.title'));
  const { data, loading, error, refetch } = useQuery(LearningPathsPageQuery, {
    variables: { level, locale },
  });
  const paths = data?.learningPaths ?? [];

  const chooseLevel = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('level', value);
      else next.delete('level');
      return next;
    });

  return (
    <div className="page learning-paths">
      <h1>{t('paths.title')}</h1>
      <p>{t('paths.intro')}</p>
      <p>
        <Link to="/library">{t('paths.toLibrary')}</Link>
      </p>
      {!signedIn && (
        <p className="notice">
          {t('paths.signedOut')}{' '}
          <Link to={signInPath(location.pathname + location.search)}>{t('content.signIn')}</Link>
        </p>
      )}
      <div className="field learning-paths__level">
        <label htmlFor={selectId}>{t('paths.level')}</label>
        <select id={selectId} value={level ?? ''} onChange={(event) => chooseLevel(event.target.value)}>
          <option value="">{t('paths.allLevels')}</option>
          {LEVELS.map((option) => (
            <option key={option} value={option}>
              {common(`level.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {loading && !data && <Loading />}
      {error && <ApiError error={error} onRetry={() => void refetch()} />}
      {data && (
        <p role="status" className="muted">
          {t('paths.count', { count: paths.length })}
        </p>
      )}
      {LEVELS.filter((option) => !level || option === level).map((option) => {
        const ofLevel = paths.filter((path) => path.level === option);
        if (ofLevel.length === 0) return null;
        return (
          <section
            key={option}
            aria-labelledby={`${selectId}-${option}`}
            className="learning-paths__level-group"
          >
            <h2 id={`${selectId}-${option}`}>{common(`level.${option}`)}</h2>
            <ul className="card-grid learning-paths__list">
              {ofLevel.map((path) => (
                <LearningPathCard key={path.id} path={path} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

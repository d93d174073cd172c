import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { theme } from '../../theme';

const HomeFeaturedQuery = graphql(`
  query HomeFeatured($cityId: ID!, $locale: Locale) {
    city(id: $cityId) {
      id
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

/** The online contents the city features, each a link into the library. */
export function HomeFeatured() {
  const { t } = useTranslation(['courses', 'common']);
  const { data, error, refetch } = useQuery(HomeFeaturedQuery, {
    variables: { cityId: theme.cityId, locale: useGraphQLLocale() },
  });
  const contents = data?.city?.featuredContents;
  return (
    <section className="home-section" aria-labelledby="home-featured">
      <div className="home-section__head">
        <h2 id="home-featured">{t('home.featured')}</h2>
        <Link to="/library" className="home-section__more">
          {t('home.allContents')}
        </Link>
      </div>
      {error && !contents ? (
        <ApiError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <p className="loading">{t('common:loading')}</p>
      ) : !contents?.length ? (
        <p className="muted">{t('home.noFeatured')}</p>
      ) : (
        <ul className="home-list">
          {contents.map((content) => (
            <li key={content.id} className="home-list__item" data-testid="featured-content">
              <Link to={`/library/${content.id}`}>{content.title}</Link>
              <span className="muted">
                {t(`common:kind.${content.kind}`)} · {content.provider} ·{' '}
                {t('common:units.minutes', { count: content.durationMinutes })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

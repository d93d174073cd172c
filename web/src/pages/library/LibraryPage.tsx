import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { ContentCard } from '../../components/library/ContentCard';
import { LibraryFiltersForm } from '../../components/library/LibraryFiltersForm';
import {
  apiFilter,
  type FilterName,
  filtersFromParams,
  providersOf,
  withParam,
} from '../../components/library/libraryFilters';
import { ShowMore } from '../../components/ShowMore';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useShowMore } from '../../hooks/useShowMore';
import { useStoredSession } from '../../hooks/useSignedIn';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import './library.css';

const PAGE_SIZE = 24;

const LibraryPageContents = graphql(`
  query LibraryPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {
    contents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          provider
          ...LibraryContentCard_content
        }
      }
    }
  }
`);

/** The province's shared online library: search, filters, and the contents page by page. */
export function LibraryPage() {
  const { t } = useTranslation('library');
  const { locale } = useLocale();
  const graphQLLocale = useGraphQLLocale();
  const signedIn = Boolean(useStoredSession());
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filter = useMemo(() => apiFilter(filters), [filters]);
  usePageTitle(t('library.title'));

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(LibraryPageContents, {
    variables: { filter, first: PAGE_SIZE, locale: graphQLLocale },
  });
  // While a new search loads, the previous results stay (dimmed) rather than jumping away.
  const contents = (data ?? previousData)?.contents;

  const onSearch = useCallback(
    (search: string) => setParams((current) => withParam(current, 'q', search), { replace: true }),
    [setParams],
  );
  const onFilter = useCallback(
    (name: FilterName, value: string) => setParams((current) => withParam(current, name, value)),
    [setParams],
  );

  const nodes = contents?.edges.map((edge) => edge.node) ?? [];
  const providers = providersOf(nodes, locale);
  const shown = filters.provider ? nodes.filter((node) => node.provider === filters.provider) : nodes;

  const more = useShowMore(fetchMore, contents?.pageInfo.endCursor);
  const { loadingMore } = more;

  const total = contents?.totalCount ?? 0;
  let countText = t('library.loading');
  if (contents) {
    countText = filters.provider
      ? t('library.providerCount', {
          count: shown.length,
          provider: filters.provider,
          loaded: formatNumber(nodes.length, locale),
          total: formatNumber(total, locale),
        })
      : t('library.count', { count: total, formatted: formatNumber(total, locale) });
  }

  return (
    <div className="page library">
      <h1>{t('library.title')}</h1>
      <p>{t('library.intro')}</p>
      <nav className="library__links" aria-label={t('library.moreLabel')}>
        <Link to="/paths">{t('library.toPaths')}</Link>
        <Link to="/live">{t('library.toLive')}</Link>
      </nav>

      <LibraryFiltersForm filters={filters} providers={providers} onSearch={onSearch} onFilter={onFilter} />

      <p role="status" data-testid="result-count" className="library__count">
        {error && !contents ? '' : countText}
      </p>

      {error && <ApiError error={error} onRetry={() => void refetch()} />}

      {contents && shown.length === 0 && !loading && <p className="notice">{t('library.empty')}</p>}

      {shown.length > 0 && (
        <ul className="card-grid library__results" aria-busy={loading && !loadingMore}>
          {shown.map((node) => (
            <ContentCard key={node.id} content={node} signedIn={signedIn} />
          ))}
        </ul>
      )}

      <ShowMore
        more={more}
        hasNextPage={contents?.pageInfo.hasNextPage}
        label={t('library.showMore')}
        loadingLabel={t('library.loadingMore')}
      />
    </div>
  );
}

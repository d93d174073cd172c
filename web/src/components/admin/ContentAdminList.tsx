import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { useShowMore } from '../../hooks/useShowMore';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';
import { ShowMore } from '../ShowMore';
import { AdminContentRow } from './AdminContentRow';

const PAGE_SIZE = 20;

const ContentAdminPageContents = graphql(`
  query ContentAdminPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {
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
          ...AdminContentRow_content
        }
      }
    }
  }
`);

/** The search words once typing has paused, so each key press is not a request. */
function useSettled(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The library as the admin searches it (retired contents are no longer in it), 20 at a time. */
export function ContentAdminList({
  onEdit,
  onRetired,
}: {
  onEdit: (id: string) => void;
  onRetired: (title: string) => void;
}) {
  const { t } = useTranslation('admin');
  const { locale } = useLocale();
  const graphQLLocale = useGraphQLLocale();
  const [typed, setTyped] = useState('');
  const search = useSettled(typed.trim());
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ContentAdminPageContents, {
    variables: { filter: search ? { search } : null, first: PAGE_SIZE, locale: graphQLLocale },
    notifyOnNetworkStatusChange: true,
  });
  const contents = (data ?? previousData)?.contents;

  const more = useShowMore(fetchMore, contents?.pageInfo.endCursor);
  const { loadingMore } = more;

  const total = contents?.totalCount ?? 0;
  return (
    <>
      <search className="admin-search">
        <label htmlFor="admin-search">{t('list.search')}</label>
        <p id="admin-search-hint" className="field__hint">
          {t('list.searchHint')}
        </p>
        <input
          id="admin-search"
          type="search"
          aria-describedby="admin-search-hint"
          maxLength={100}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="admin-search"
        />
      </search>
      <p role="status" className="admin-count">
        {contents
          ? t('list.count', { count: total, formatted: formatNumber(total, locale) })
          : error
            ? ''
            : t('list.loading')}
      </p>
      {error && <ApiError error={error} onRetry={() => void refetch()} />}
      {contents && contents.edges.length === 0 && !loading && <p className="notice">{t('list.empty')}</p>}
      {contents && contents.edges.length > 0 && (
        <ul className="admin-list" aria-busy={loading && !loadingMore}>
          {contents.edges.map((edge) => (
            <AdminContentRow key={edge.node.id} content={edge.node} onEdit={onEdit} onRetired={onRetired} />
          ))}
        </ul>
      )}
      <ShowMore
        more={more}
        hasNextPage={contents?.pageInfo.hasNextPage}
        label={t('list.showMore')}
        loadingLabel={t('list.loadingMore')}
      />
    </>
  );
}

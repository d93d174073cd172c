import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useHours } from './useHours';

const PAGE_SIZE = 20;

/** Its own query, so that "show more" asks for the next page of records and nothing else. */
const MyRecordsQuery = graphql(`
  query MyRecords($locale: Locale!, $first: Int!, $after: String) {
    me {
      id
      transcript {
        records(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              verb
              occurredAt
              hours
              city {
                id
                name(locale: $locale)
              }
              course {
                id
                title(locale: $locale)
              }
              content {
                id
                title(locale: $locale)
              }
            }
          }
        }
      }
    }
  }
`);

/** Every learning record, newest first, a page at a time. */
export function MyRecords() {
  const { t } = useTranslation(['account', 'common']);
  const { locale } = useLocale();
  const hours = useHours();
  const graphqlLocale = useGraphQLLocale();
  const { data, error, loading, fetchMore, refetch } = useQuery(MyRecordsQuery, {
    variables: { locale: graphqlLocale, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const records = data?.me?.transcript?.records;

  const showMore = () => {
    if (!records?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: records.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = previous.me?.transcript?.records;
        const more = fetchMoreResult.me?.transcript?.records;
        if (!before || !more || !fetchMoreResult.me?.transcript) return fetchMoreResult;
        const seen = new Set(before.edges.map((edge) => edge.cursor));
        return {
          ...fetchMoreResult,
          me: {
            ...fetchMoreResult.me,
            transcript: {
              ...fetchMoreResult.me.transcript,
              records: {
                ...more,
                edges: [...before.edges, ...more.edges.filter((e) => !seen.has(e.cursor))],
              },
            },
          },
        };
      },
    }).catch(() => {});
  };

  return (
    <section className="me-section" aria-labelledby="me-records-heading">
      <h2 id="me-records-heading">{t('me.records.heading')}</h2>
      {!records && loading && (
        <p className="loading" role="status">
          {t('common:loading')}
        </p>
      )}
      {!records && !loading && (
        <ApiError error={error} message={t('common:errors.unavailable')} onRetry={() => void refetch()} />
      )}
      {records?.totalCount === 0 && <p>{t('me.records.none')}</p>}
      {records && records.edges.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t('me.records.shown', { count: records.totalCount, shown: records.edges.length })}
          </p>
          <ol className="me-list me-records">
            {records.edges.map(({ node }) => (
              <li key={node.id} className="me-record" data-testid="record-row">
                <span className="me-record__verb">{t(`verb.${node.verb}`)}</span>
                <span className="me-record__title">{node.course?.title ?? node.content?.title ?? ''}</span>
                <span className="muted">
                  <time dateTime={node.occurredAt}>{formatDate(node.occurredAt, locale)}</time> ·{' '}
                  {node.city.name}
                  {node.hours > 0 && <> · {hours(node.hours)}</>}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {records?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          data-testid="records-more"
          onClick={showMore}
          disabled={loading}
        >
          {loading ? t('common:loading') : t('me.records.more')}
        </button>
      )}
    </section>
  );
}

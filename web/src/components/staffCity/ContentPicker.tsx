import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';
import type { FeaturedContent } from './FeaturedContentRow';

const RESULTS = 10;

const StaffFeaturedSearch = graphql(`
  query StaffFeaturedSearch($search: String!, $first: Int, $locale: Locale) {
    contents(filter: { search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          title(locale: $locale)
          kind
          provider
          durationMinutes
        }
      }
    }
  }
`);

/** Finds contents of the shared library by title, each to add to the city's featured list. */
export function ContentPicker({
  chosen,
  full,
  onAdd,
}: {
  chosen: readonly string[];
  full: boolean;
  onAdd: (content: FeaturedContent) => void;
}) {
  const { t } = useTranslation(['staffCity', 'common']);
  const { locale } = useLocale();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(StaffFeaturedSearch, {
    variables: { search, first: RESULTS, locale: useGraphQLLocale() },
    skip: search === '',
  });
  const found = (data ?? previousData)?.contents;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };

  return (
    <section className="content-picker" aria-labelledby="content-picker-title">
      <h3 id="content-picker-title">{t('featured.addTitle')}</h3>
      <search>
        <form className="content-picker__form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="content-picker-search">{t('featured.search')}</label>
            <p id="content-picker-hint" className="field__hint">
              {t('featured.searchHint')}
            </p>
            <input
              id="content-picker-search"
              type="search"
              maxLength={100}
              aria-describedby="content-picker-hint"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              data-testid="featured-search"
            />
          </div>
          <button type="submit" className="button button--secondary" data-testid="featured-search-submit">
            {t('featured.searchButton')}
          </button>
        </form>
      </search>
      <p role="status" className="muted" data-testid="featured-search-count">
        {search === ''
          ? ''
          : loading && !found
            ? t('common:loading')
            : found
              ? t('featured.found', {
                  count: found.totalCount,
                  formatted: formatNumber(found.totalCount, locale),
                  shown: Math.min(found.totalCount, RESULTS),
                })
              : ''}
      </p>
      {error && <ApiError error={error} onRetry={() => void refetch()} />}
      {full && <p className="notice">{t('featured.full')}</p>}
      {search !== '' && found && found.edges.length > 0 && (
        <ul className="content-picker__results" aria-busy={loading}>
          {found.edges.map(({ node }) => {
            const already = chosen.includes(node.id);
            return (
              <li key={node.id} className="content-picker__result" data-testid="featured-search-result">
                <div>
                  <p className="content-picker__title">{node.title}</p>
                  <p className="muted">
                    {t(`common:kind.${node.kind}`)} · {node.provider}
                  </p>
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={
                    already
                      ? t('featured.alreadyNamed', { title: node.title })
                      : t('featured.addNamed', { title: node.title })
                  }
                  // Not `disabled`: the button keeps focus once its content is added, to add the next.
                  aria-disabled={already || full ? true : undefined}
                  onClick={() => {
                    if (!already && !full) onAdd(node);
                  }}
                  data-testid="add-featured"
                >
                  {already ? t('featured.already') : t('featured.add')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

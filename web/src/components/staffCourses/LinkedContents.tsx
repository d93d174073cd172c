import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';
import type { LinkedContent } from './courseDraft';

const StaffCourseContentSearch = graphql(`
  query StaffCourseContentSearch($filter: ContentFilter, $first: Int, $locale: Locale) {
    contents(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title(locale: $locale)
          provider
          durationMinutes
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

/** The library contents the course uses: found by title, added and removed. */
export function LinkedContents({
  linked,
  onChange,
  error,
}: {
  linked: readonly LinkedContent[];
  onChange: (contents: LinkedContent[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('staffCourses');
  const { locale } = useLocale();
  const graphQLLocale = useGraphQLLocale();
  const id = useId();
  const [typed, setTyped] = useState('');
  const search = useSettled(typed.trim());
  const linkedHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    error: searchError,
    refetch,
  } = useQuery(StaffCourseContentSearch, {
    variables: { filter: { search }, first: 8, locale: graphQLLocale },
    skip: search === '',
  });
  const results = search === '' ? null : data?.contents;
  const chosen = new Set(linked.map((c) => c.id));

  return (
    <section className="course-form__section" aria-labelledby={`${id}-heading`} data-testid="linked-contents">
      <h2 id={`${id}-heading`}>{t('contents.heading')}</h2>
      <p className="field__hint">{t('contents.intro')}</p>
      <h3
        id={`${id}-linked`}
        ref={linkedHeading}
        tabIndex={-1}
        data-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {t('contents.linkedHeading', { count: linked.length })}
      </h3>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {linked.length === 0 ? (
        <p className="muted">{t('contents.none')}</p>
      ) : (
        <ul className="chip-list" aria-labelledby={`${id}-linked`}>
          {linked.map((content) => (
            <li key={content.id} className="chip-list__item">
              <span>{content.title}</span>
              <button
                type="button"
                className="button button--secondary chip-list__remove"
                onClick={() => {
                  onChange(linked.filter((c) => c.id !== content.id));
                  linkedHeading.current?.focus();
                }}
              >
                {t('contents.remove')}
                <span className="visually-hidden"> {content.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <search className="field">
        <label htmlFor={`${id}-search`}>{t('contents.search')}</label>
        <p id={`${id}-search-hint`} className="field__hint">
          {t('contents.searchHint')}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          maxLength={100}
          aria-describedby={`${id}-search-hint`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="content-search"
        />
      </search>
      <p role="status" className="muted">
        {results
          ? results.edges.length === 0
            ? t('contents.noResults')
            : t('contents.results', {
                count: results.totalCount,
                formatted: formatNumber(results.totalCount, locale),
              })
          : ''}
      </p>
      {searchError && <ApiError error={searchError} onRetry={() => void refetch()} />}
      {results && results.edges.length > 0 && (
        <ul className="content-results">
          {results.edges.map(({ node }) => {
            const added = chosen.has(node.id);
            return (
              <li key={node.id} className="content-results__item">
                <span className="content-results__text">
                  <span>{node.title}</span>
                  <span className="muted">
                    {t('contents.meta', {
                      provider: node.provider,
                      minutes: formatNumber(node.durationMinutes, locale),
                    })}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={added}
                  onClick={() => onChange([...linked, { id: node.id, title: node.title }])}
                >
                  {added ? t('contents.added') : t('contents.add')}
                  <span className="visually-hidden"> {node.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import type { StaffTerm_CourseFragment } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ApiError } from '../ApiError';
import { allNodes } from '../staff/rosterPages';
import { recheckCommand, recheckLines, residentsFirst } from './recheck';

const StaffTermDrawnApplicants = graphql(`
  query StaffTermDrawnApplicants($id: ID!, $after: String) {
    course(id: $id) {
      id
      enrollments(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            learner {
              id
              residence {
                id
              }
            }
          }
        }
      }
    }
  }
`);

type Recheck =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; lines: string }
  | { status: 'failed'; error: unknown };

/** A lottery course: when it is drawn, and once drawn its seed and how anyone re-runs the draw. */
export function TermLottery({ course }: { course: StaffTerm_CourseFragment }) {
  const { t } = useTranslation('staffTerm');
  const { locale } = useLocale();
  const client = useApolloClient();
  const [recheck, setRecheck] = useState<Recheck>({ status: 'idle' });
  const seed = course.lotterySeed;

  const prepare = async () => {
    setRecheck({ status: 'loading' });
    try {
      const nodes = await allNodes(async (after) => {
        const { data } = await client.query({
          query: StaffTermDrawnApplicants,
          variables: { id: course.id, after },
          fetchPolicy: 'network-only',
        });
        return data?.course?.enrollments ?? null;
      });
      setRecheck({ status: 'ready', lines: recheckLines(nodes ?? []) });
    } catch (error) {
      setRecheck({ status: 'failed', error });
    }
  };

  return (
    <section className="staff-term__section" aria-labelledby="term-lottery-title" data-testid="term-lottery">
      <h2 id="term-lottery-title">{t('lottery.title')}</h2>
      {residentsFirst(course) && <p>{t('lottery.priority', { city: course.city.name })}</p>}
      {!seed ? (
        <p>{t('lottery.notDrawn', { date: formatDateTime(course.applicationClosesAt, locale) })}</p>
      ) : (
        <>
          <p>{t('lottery.drawn')}</p>
          <p className="staff-term__seed">
            <span>{t('lottery.seed')}</span> <code data-testid="lottery-seed">{seed}</code>
          </p>
          <details className="staff-term__recheck">
            <summary>{t('lottery.howTo')}</summary>
            <p>{t('lottery.howToText')}</p>
            <pre className="staff-term__command">
              <code data-testid="recheck-command">{recheckCommand({ ...course, lotterySeed: seed })}</code>
            </pre>
            <p className="field__hint">{t('lottery.docs')}</p>
            {recheck.status !== 'ready' && (
              <button
                type="button"
                className="button button--secondary"
                disabled={recheck.status === 'loading'}
                onClick={() => void prepare()}
                data-testid="prepare-recheck"
              >
                {recheck.status === 'loading' ? t('lottery.preparing') : t('lottery.prepare')}
              </button>
            )}
            {recheck.status === 'failed' && <ApiError error={recheck.error} onRetry={() => void prepare()} />}
            {recheck.status === 'ready' && (
              <div className="field">
                <label htmlFor="recheck-lines">{t('lottery.linesLabel')}</label>
                <textarea
                  id="recheck-lines"
                  readOnly
                  rows={6}
                  value={recheck.lines}
                  data-testid="recheck-lines"
                  className="staff-term__lines"
                />
              </div>
            )}
          </details>
        </>
      )}
    </section>
  );
}

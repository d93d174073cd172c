import { type FragmentType, getFragmentData, graphql } from '../generated';
import { labelOf, useLocale, useT } from '../i18n';
import { formatDate } from '../lib/format';
import { ErrorState } from './ErrorState';

/** `$locale` is a variable of the page query that spreads this fragment. */
export const RecentRecords_learner = graphql(`
  fragment RecentRecords_learner on Learner {
    id
    transcript {
      records(first: 10) {
        edges {
          node {
            id
            verb
            occurredAt
            city {
              id
              name(locale: $locale)
            }
          }
        }
      }
    }
  }
`);

interface RecentRecordsProps {
  learner: FragmentType<typeof RecentRecords_learner>;
  /** The page query's error: a null transcript means the history service did not answer. */
  error?: unknown;
}

/** The resident's ten latest learning records, newest first. */
export function RecentRecords(props: RecentRecordsProps) {
  const t = useT();
  const { locale } = useLocale();
  const { transcript } = getFragmentData(RecentRecords_learner, props.learner);
  return (
    <>
      <h3>{t.me.recent}</h3>
      {transcript === null ? (
        <ErrorState error={props.error} message={t.me.recordsUnavailable} compact />
      ) : (
        <ol data-testid="records">
          {transcript.records.edges.map(({ node }) => (
            <li key={node.id}>
              <time dateTime={node.occurredAt}>{formatDate(node.occurredAt, locale)}</time> ·{' '}
              {labelOf(t.verb, node.verb)} · {node.city.name}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

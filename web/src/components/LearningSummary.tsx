import { type FragmentType, getFragmentData, graphql } from '../generated';
import { labelOf, useLocale, useT } from '../i18n';
import { formatNumber } from '../lib/format';
import { ErrorState } from './ErrorState';

export const LearningSummary_learner = graphql(`
  fragment LearningSummary_learner on Learner {
    id
    transcript {
      totalHours
      hoursByCategory {
        category
        hours
      }
    }
  }
`);

interface LearningSummaryProps {
  learner: FragmentType<typeof LearningSummary_learner>;
  /** The page query's error: a null transcript means the history service did not answer. */
  error?: unknown;
}

/** The resident's learning hours: in all, and per area of lifelong education they learned in. */
export function LearningSummary(props: LearningSummaryProps) {
  const t = useT();
  const { locale } = useLocale();
  const { transcript } = getFragmentData(LearningSummary_learner, props.learner);
  return (
    <section aria-label={t.me.hours}>
      {transcript === null ? (
        <ErrorState error={props.error} message={t.me.transcriptUnavailable} compact />
      ) : (
        <>
          <p className="verification__verdict" data-testid="total-hours">
            {t.me.totalHours(formatNumber(transcript.totalHours, locale))}
          </p>
          <ul>
            {transcript.hoursByCategory
              .filter((c) => c.hours > 0)
              .map((c) => (
                <li key={c.category}>
                  {labelOf(t.category, c.category)}: {t.course.hoursValue(formatNumber(c.hours, locale))}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

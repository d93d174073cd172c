import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useHours } from './useHours';

export const MyTranscript_learner = graphql(`
  fragment MyTranscript_learner on Learner {
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

/** Hours learned, in all and in each of the six areas. */
export function MyTranscript(props: { learner: FragmentType<typeof MyTranscript_learner>; error?: unknown }) {
  const { t } = useTranslation(['account', 'common']);
  const hours = useHours();
  const { transcript } = getFragmentData(MyTranscript_learner, props.learner);
  return (
    <section className="me-section" aria-labelledby="me-transcript-heading">
      <h2 id="me-transcript-heading">{t('me.transcript.heading')}</h2>
      {!transcript && <ApiError error={props.error} message={t('common:errors.unavailable')} />}
      {transcript && (
        <>
          <p className="me-total">
            {t('me.transcript.total')}{' '}
            <strong data-testid="total-hours">{hours(transcript.totalHours)}</strong>
          </p>
          <table className="me-table" data-testid="hours-by-category">
            <caption>{t('me.transcript.byCategory')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('me.transcript.category')}</th>
                <th scope="col">{t('me.transcript.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {transcript.hoursByCategory.map((row) => (
                <tr key={row.category}>
                  <th scope="row">{t(`common:category.${row.category}`)}</th>
                  <td>{hours(row.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

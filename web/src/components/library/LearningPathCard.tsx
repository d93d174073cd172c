import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';

export const LearningPathCardFragment = graphql(`
  fragment LearningPathCard_path on LearningPath {
    id
    title(locale: $locale)
    level
    finishedSteps
    steps {
      id
      title(locale: $locale)
      kind
      durationMinutes
      myProgress {
        completedAt
      }
    }
  }
`);

/** A learning path: its steps in order, and for a signed-in learner how many are finished. */
export function LearningPathCard(props: { path: FragmentType<typeof LearningPathCardFragment> }) {
  const path = getFragmentData(LearningPathCardFragment, props.path);
  const { t } = useTranslation('library');
  const { t: common } = useTranslation();
  const progressId = useId();
  const total = path.steps.length;
  const signedIn = path.finishedSteps !== null;
  return (
    <li className="card learning-path" data-testid="learning-path">
      <h3>{path.title}</h3>
      {signedIn && (
        <div className="learning-path__progress">
          <label htmlFor={progressId} className="visually-hidden">
            {t('paths.progressLabel', { title: path.title })}
          </label>
          <progress id={progressId} max={Math.max(total, 1)} value={path.finishedSteps ?? 0} />
          <p data-testid="path-progress">{t('paths.finished', { done: path.finishedSteps ?? 0, total })}</p>
        </div>
      )}
      <ol className="learning-path__steps">
        {path.steps.map((step) => {
          const finished = Boolean(step.myProgress?.completedAt);
          return (
            <li
              key={step.id}
              className={
                finished ? 'learning-path__step learning-path__step--finished' : 'learning-path__step'
              }
            >
              <Link to={`/library/${encodeURIComponent(step.id)}`}>{step.title}</Link>{' '}
              <span className="muted">
                ({common(`kind.${step.kind}`)}, {common('units.minutes', { count: step.durationMinutes })})
              </span>
              {signedIn && (
                <span className={finished ? 'tag tag--accent' : 'tag'}>
                  {finished ? t('paths.stepFinished') : t('paths.stepOpen')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffTerm_CourseFragment } from '../../generated/graphql';
import { TermRefusal } from './TermRefusal';
import { nextChange, type TermAction, termActions } from './termRules';
import { useNow } from './useNow';
import { useTermActions } from './useTermActions';

/**
 * What staff can do with the course now: publish a draft, draw the lottery, finish it, cancel it
 * (after a confirm step that says its applicants are told). The answer is said in a live region
 * that takes focus, since the button pressed may be gone.
 */
export function TermActions({ course }: { course: StaffTerm_CourseFragment }) {
  const { t } = useTranslation('staffTerm');
  const now = useNow((at) => nextChange(course, at));
  const { run, state, reset } = useTermActions(course.id);
  const [confirming, setConfirming] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const offered = termActions(course, now);
  const running = state.status === 'running';

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const act = async (action: TermAction) => {
    const done = await run(action);
    if (action === 'cancel' && done) setConfirming(false);
    // The pressed button may be gone: the answer takes focus.
    window.setTimeout(() => outcome.current?.focus());
  };

  return (
    <section className="staff-term__section staff-term__actions" aria-labelledby="term-actions-title">
      <h2 id="term-actions-title">{t('actions.title')}</h2>
      <div ref={outcome} tabIndex={-1} className="staff-term__outcome" data-testid="action-outcome">
        <div role="status" aria-live="polite">
          {state.status === 'done' && (
            <p className="notice notice--success" data-testid="action-done">
              {t(`actions.done.${state.action}`)}
            </p>
          )}
        </div>
        {state.status === 'refused' && (
          <TermRefusal error={state.error} conflict={t(`actions.conflict.${state.action}`)} />
        )}
      </div>
      {offered.length === 0 ? (
        <p className="muted">
          {t(`actions.none.${course.status === 'FINISHED' ? 'finished' : 'cancelled'}`)}
        </p>
      ) : (
        (offered.length > 1 || !confirming) && (
          <div className="actions">
            {offered
              .filter((action) => action !== 'cancel')
              .map((action) => (
                <button
                  key={action}
                  type="button"
                  className="button"
                  data-testid={`${action}-course`}
                  disabled={running}
                  onClick={() => void act(action)}
                >
                  {state.status === 'running' && state.action === action
                    ? t(`actions.running.${action}`)
                    : t(`actions.${action}`)}
                </button>
              ))}
            {offered.includes('cancel') && !confirming && (
              <button
                ref={cancelButton}
                type="button"
                className="button button--secondary"
                data-testid="cancel-course"
                disabled={running}
                onClick={() => {
                  reset();
                  setConfirming(true);
                }}
              >
                {t('actions.cancel')}
              </button>
            )}
          </div>
        )
      )}
      {offered.includes('publish') && <p className="field__hint">{t('actions.publishHint')}</p>}
      {offered.includes('finish') && <p className="field__hint">{t('actions.finishHint')}</p>}
      {confirming && offered.includes('cancel') && (
        <div className="staff-term__confirm" data-testid="cancel-confirm">
          <p ref={question} tabIndex={-1} className="staff-term__question">
            {t('actions.cancelQuestion', { title: course.title })}
          </p>
          <p>{t('actions.cancelConsequence')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--danger"
              data-testid="confirm-cancel"
              disabled={running}
              onClick={() => void act('cancel')}
            >
              {running ? t('actions.running.cancel') : t('actions.confirmCancel')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="keep-course"
              onClick={() => {
                setConfirming(false);
                window.setTimeout(() => cancelButton.current?.focus());
              }}
            >
              {t('actions.keep')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

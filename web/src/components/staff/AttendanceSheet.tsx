import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ApiError';
import { attendanceEntries, countMarks } from './attendanceSheet';
import { RosterRow } from './RosterRow';
import type { RosterEntry } from './useAttendanceRoster';
import { useSaveAttendance } from './useSaveAttendance';

/**
 * A session's sheet: each enrolled learner marked present or absent, all present at one tap, a
 * live count, and one Save. A failed save keeps every mark; leaving with unsaved marks asks first.
 */
export function AttendanceSheet({
  sessionId,
  roster,
  started,
}: {
  sessionId: string;
  /** In the order shown. */
  roster: RosterEntry[];
  /** Attendance is taken once the session has started (the API refuses it before). */
  started: boolean;
}) {
  const { t } = useTranslation('staff');
  const [marks, setMarks] = useState<ReadonlyMap<string, boolean>>(new Map());
  // Marks change the version; what was saved last is `savedVersion`.
  const [version, setVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const { save, state, rates } = useSaveAttendance(sessionId);
  const dirty = version !== savedVersion;
  const counts = useMemo(() => countMarks(roster, marks), [roster, marks]);

  const mark = useCallback((learnerId: string, present: boolean) => {
    setMarks((current) => new Map(current).set(learnerId, present));
    setVersion((v) => v + 1);
  }, []);
  const markAllPresent = () => {
    setMarks(new Map(roster.map((learner) => [learner.learnerId, true])));
    setVersion((v) => v + 1);
  };
  const submit = async () => {
    const saving = version;
    if (await save(attendanceEntries(roster, marks))) setSavedVersion(saving);
  };

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const saving = state.status === 'saving';
  return (
    <section className="attendance-sheet__roster" aria-labelledby="attendance-roster-title">
      <div className="attendance-sheet__toolbar">
        <h2 id="attendance-roster-title">{t('sheet.heading', { count: roster.length })}</h2>
        <button
          type="button"
          className="button button--secondary"
          data-testid="mark-all-present"
          onClick={markAllPresent}
        >
          {t('sheet.markAllPresent')}
        </button>
      </div>
      <ul className="roster">
        {roster.map((learner) => (
          <RosterRow
            key={learner.learnerId}
            learnerId={learner.learnerId}
            displayName={learner.displayName}
            present={marks.get(learner.learnerId)}
            rate={rates.get(learner.learnerId)}
            onMark={mark}
          />
        ))}
      </ul>
      <div className="attendance-sheet__bar">
        <p className="attendance-sheet__count" data-testid="present-count" aria-live="polite">
          {t('sheet.count', { present: counts.present, total: counts.total })}
          {counts.marked < counts.total && (
            <span className="attendance-sheet__unmarked">
              {t('sheet.unmarked', { count: counts.total - counts.marked })}
            </span>
          )}
        </p>
        <button
          type="button"
          className="button"
          data-testid="save-attendance"
          disabled={saving || !started || counts.marked === 0}
          onClick={() => void submit()}
        >
          {saving ? t('sheet.saving') : t('sheet.save')}
        </button>
        {/* In the bar, so the answer to Save shows wherever the sheet is scrolled to. */}
        <div className="attendance-sheet__outcome" aria-live="polite">
          {state.status === 'saved' && !dirty && (
            <p className="notice notice--success" role="status" data-testid="attendance-saved">
              {t('sheet.saved')}
            </p>
          )}
          {state.status === 'saved' && dirty && <p className="muted">{t('sheet.unsaved')}</p>}
          {state.status === 'failed' && (
            <>
              <ApiError error={state.error} onRetry={() => void submit()} />
              <p>{t('sheet.marksKept')}</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

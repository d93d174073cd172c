import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { SessionCalendar } from './SessionCalendar';
import { addSessionOn, MAX_WEEKS, repeatWeekly, type SessionDraft } from './sessionPlan';

/**
 * The course's sessions: a calendar to add them day by day, the list to set each one's date and
 * times or remove it, and a weekly repeat of the first week. Changes are announced.
 */
export function SessionPlanner({
  sessions,
  onChange,
  defaultStart,
  defaultEnd,
  onDefaults,
  listError,
  rowError,
}: {
  sessions: readonly SessionDraft[];
  onChange: (sessions: SessionDraft[]) => void;
  defaultStart: string;
  defaultEnd: string;
  onDefaults: (name: 'defaultStart' | 'defaultEnd', value: string) => void;
  /** The API's (or the form's) refusal of the sessions as a whole. */
  listError: string | undefined;
  /** The refusal of one session: its index and the message. */
  rowError: { index: number; message: string } | null;
}) {
  const { t } = useTranslation('staffCourses');
  const { locale } = useLocale();
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const [weeks, setWeeks] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const dateText = (date: string) => formatDate(`${date}T12:00:00+09:00`, locale);

  const add = (date: string) => {
    const next = addSessionOn(sessions, date, defaultStart, defaultEnd);
    onChange(next);
    setAnnouncement(t('sessions.added', { date: dateText(date), count: next.length }));
  };
  const remove = (index: number) => {
    const removed = sessions[index];
    const next = sessions.filter((_, i) => i !== index);
    onChange(next);
    if (removed) setAnnouncement(t('sessions.removed', { date: dateText(removed.date), count: next.length }));
    listHeading.current?.focus();
  };
  const update = (index: number, field: keyof SessionDraft, value: string) => {
    // Edited in place (a row does not move while it is typed in); adding puts the list in order again.
    onChange(sessions.map((s, i) => (i === index ? { ...s, [field]: value } : s)));
  };
  const repeat = () => {
    const n = Number(weeks.trim());
    if (!Number.isInteger(n) || n < 2 || n > MAX_WEEKS) return;
    const next = repeatWeekly(sessions, n);
    onChange(next);
    setAnnouncement(t('sessions.repeated', { count: next.length }));
  };
  const weeksValid = /^\d+$/.test(weeks.trim()) && Number(weeks) >= 2 && Number(weeks) <= MAX_WEEKS;

  return (
    <section
      className="course-form__section session-planner"
      aria-labelledby={`${id}-heading`}
      data-testid="session-planner"
    >
      <h2 id={`${id}-heading`}>{t('sessions.heading')}</h2>
      <p className="field__hint">{t('sessions.intro')}</p>
      <div className="course-form__grid course-form__grid--times">
        <div className="field">
          <label htmlFor={`${id}-default-start`}>{t('sessions.defaultStart')}</label>
          <input
            id={`${id}-default-start`}
            type="time"
            value={defaultStart}
            onChange={(e) => onDefaults('defaultStart', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-default-end`}>{t('sessions.defaultEnd')}</label>
          <input
            id={`${id}-default-end`}
            type="time"
            value={defaultEnd}
            onChange={(e) => onDefaults('defaultEnd', e.target.value)}
          />
        </div>
      </div>
      <SessionCalendar sessions={sessions} onAdd={add} />
      <p role="status" className="session-planner__status">
        {announcement}
      </p>
      <h3
        id={`${id}-list`}
        ref={listHeading}
        tabIndex={-1}
        data-invalid={listError ? 'true' : undefined}
        aria-describedby={listError ? `${id}-list-error` : undefined}
      >
        {t('sessions.listHeading', { count: sessions.length })}
      </h3>
      {listError && (
        <p className="field__error" id={`${id}-list-error`}>
          {listError}
        </p>
      )}
      {sessions.length === 0 ? (
        <p className="muted">{t('sessions.empty')}</p>
      ) : (
        <ol className="session-list" aria-labelledby={`${id}-list`} data-testid="session-list">
          {sessions.map((session, index) => {
            const number = index + 1;
            const error = rowError?.index === index ? rowError.message : undefined;
            const rowId = `${id}-row-${index}`;
            const described = error ? `${rowId}-error` : undefined;
            return (
              <li key={index} className="session-row" data-testid="session-row">
                <p className="session-row__title">
                  <strong>{t('sessions.number', { number })}</strong>{' '}
                  <span className="muted">{session.date ? dateText(session.date) : ''}</span>
                </p>
                <div className="session-row__fields">
                  <div className="field">
                    <label htmlFor={`${rowId}-date`}>{t('sessions.date', { number })}</label>
                    <input
                      id={`${rowId}-date`}
                      type="date"
                      value={session.date}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={described}
                      onChange={(e) => update(index, 'date', e.target.value)}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${rowId}-start`}>{t('sessions.start', { number })}</label>
                    <input
                      id={`${rowId}-start`}
                      type="time"
                      value={session.start}
                      aria-describedby={described}
                      onChange={(e) => update(index, 'start', e.target.value)}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${rowId}-end`}>{t('sessions.end', { number })}</label>
                    <input
                      id={`${rowId}-end`}
                      type="time"
                      value={session.end}
                      aria-describedby={described}
                      onChange={(e) => update(index, 'end', e.target.value)}
                    />
                  </div>
                  <button
                    type="button"
                    className="button button--secondary session-row__remove"
                    onClick={() => remove(index)}
                  >
                    {t('sessions.remove', { number })}
                  </button>
                </div>
                {error && (
                  <p className="field__error" id={`${rowId}-error`}>
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="session-planner__repeat">
        <h3>{t('sessions.repeatHeading')}</h3>
        <div className="session-planner__repeat-row">
          <div className="field">
            <label htmlFor={`${id}-weeks`}>{t('sessions.repeatWeeks')}</label>
            <p id={`${id}-weeks-hint`} className="field__hint">
              {t('sessions.repeatHint', { max: MAX_WEEKS })}
            </p>
            <input
              id={`${id}-weeks`}
              type="text"
              inputMode="numeric"
              className="course-form__short"
              aria-describedby={`${id}-weeks-hint`}
              value={weeks}
              onChange={(e) => setWeeks(e.target.value)}
              data-testid="repeat-weeks"
            />
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={repeat}
            disabled={!weeksValid || sessions.length === 0}
          >
            {t('sessions.repeat')}
          </button>
        </div>
      </div>
    </section>
  );
}

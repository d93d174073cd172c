import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instructorToAdd } from './courseDraft';

/**
 * The course's instructors, by learner id (no query lists a city's instructors): pasted and added,
 * shown as a list to remove from. A duplicated course keeps its source's.
 */
export function Instructors({
  ids,
  onChange,
  error,
}: {
  ids: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('staffCourses');
  const id = useId();
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const add = () => {
    const next = instructorToAdd(ids, pasted);
    if (next) onChange([...ids, next]);
    setPasted('');
    input.current?.focus();
  };
  const describedBy = [`${id}-intro`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <section className="course-form__section" aria-labelledby={`${id}-heading`} data-testid="instructors">
      <h2 id={`${id}-heading`}>{t('instructors.heading')}</h2>
      <p id={`${id}-intro`} className="field__hint">
        {t('instructors.intro')}
      </p>
      <div className="session-planner__repeat-row">
        <div className="field instructors__field">
          <label htmlFor={`${id}-id`}>{t('instructors.id')}</label>
          <input
            ref={input}
            id={`${id}-id`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            data-testid="instructor-id"
          />
        </div>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('instructors.add')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <h3 id={`${id}-list`} ref={listHeading} tabIndex={-1}>
        {t('instructors.listHeading', { count: ids.length })}
      </h3>
      {ids.length === 0 ? (
        <p className="muted">{t('instructors.none')}</p>
      ) : (
        <ul className="chip-list" aria-labelledby={`${id}-list`}>
          {ids.map((instructor) => (
            <li key={instructor} className="chip-list__item">
              <code>{instructor}</code>
              <button
                type="button"
                className="button button--secondary chip-list__remove"
                onClick={() => {
                  onChange(ids.filter((i) => i !== instructor));
                  listHeading.current?.focus();
                }}
              >
                {t('instructors.remove')}
                <span className="visually-hidden"> {instructor}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { theme } from '../../theme';
import { ApiError } from '../ApiError';
import { toggleInstructor, unlistedInstructors } from './courseDraft';

const StaffCityInstructors = graphql(`
  query StaffCityInstructors($cityId: ID!) {
    city(id: $cityId) {
      id
      instructors {
        id
        displayName
      }
    }
  }
`);

/**
 * The course's instructors, checked by name from the learners holding INSTRUCTOR in this city.
 * A chosen id the list does not hold (a duplicated course whose instructor lost the role) is
 * shown as an unknown instructor, to remove.
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
  const { t } = useTranslation(['staffCourses', 'common']);
  const id = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  const {
    data,
    loading,
    error: listError,
    refetch,
  } = useQuery(StaffCityInstructors, {
    variables: { cityId: theme.cityId },
  });
  const listed = data?.city?.instructors ?? null;
  const unknown = listed ? unlistedInstructors(ids, listed) : [];
  const chosen = new Set(ids);
  const describedBy = [`${id}-intro`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <section className="course-form__section" aria-labelledby={`${id}-heading`} data-testid="instructors">
      <h2 id={`${id}-heading`}>{t('instructors.heading')}</h2>
      <fieldset
        ref={group}
        className="field instructors__group"
        tabIndex={-1}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-testid="instructor-choices"
      >
        <legend>{t('instructors.choose', { count: ids.length })}</legend>
        <p id={`${id}-intro`} className="field__hint">
          {t('instructors.intro')}
        </p>
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
        {listError ? (
          <ApiError error={listError} onRetry={() => void refetch()} />
        ) : loading && !listed ? (
          <p className="muted">{t('common:loading')}</p>
        ) : !listed || listed.length === 0 ? (
          <p className="muted">{t('instructors.noneInCity')}</p>
        ) : (
          <ul className="instructors__list">
            {listed.map((instructor) => (
              <li key={instructor.id}>
                <label className="instructors__choice">
                  <input
                    type="checkbox"
                    checked={chosen.has(instructor.id)}
                    onChange={(e) => onChange(toggleInstructor(ids, instructor.id, e.target.checked))}
                    data-instructor-id={instructor.id}
                  />
                  {instructor.displayName}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {unknown.length > 0 && (
        <>
          <h3 id={`${id}-unknown`}>{t('instructors.unknownHeading', { count: unknown.length })}</h3>
          <p className="field__hint">{t('instructors.unknownHint')}</p>
          <ul className="chip-list" aria-labelledby={`${id}-unknown`} data-testid="unknown-instructors">
            {unknown.map((instructor) => (
              <li key={instructor} className="chip-list__item">
                <span className="instructors__unknown">{t('instructors.unknown', { id: instructor })}</span>
                <button
                  type="button"
                  className="button button--secondary chip-list__remove"
                  onClick={() => {
                    onChange(ids.filter((i) => i !== instructor));
                    group.current?.focus();
                  }}
                >
                  {t('instructors.remove')}
                  <span className="visually-hidden"> {t('instructors.unknown', { id: instructor })}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

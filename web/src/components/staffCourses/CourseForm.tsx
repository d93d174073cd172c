import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormDraft } from '../../hooks/useFormDraft';
import { theme } from '../../theme';
import { ApiError } from '../ApiError';
import { fieldErrorOf } from '../account/fieldError';
import { CourseBasics } from './CourseBasics';
import { CourseSettings, type VenueChoice } from './CourseSettings';
import { type CourseDraft, draftContents, draftInstructors, draftSessions } from './courseDraft';
import { fieldName, useCourseFieldMessage } from './courseFieldMessages';
import { Instructors } from './Instructors';
import { LinkedContents } from './LinkedContents';
import { SessionPlanner } from './SessionPlanner';
import { useSaveCourse } from './useSaveCourse';

/**
 * The course editor: every field of a course, kept as typed over refusals and reloads (this tab);
 * the field the API refused says why and takes focus. Saved, it goes to the course's term page.
 */
export function CourseForm({
  draftKey,
  initial,
  courseId,
  venues,
}: {
  /** Where what was typed is kept (one per new course, edited course or duplicated source). */
  draftKey: string;
  initial: CourseDraft;
  /** Editing this DRAFT; creating a new one when absent. */
  courseId?: string;
  venues: readonly VenueChoice[];
}) {
  const { t } = useTranslation(['staffCourses', 'common']);
  const navigate = useNavigate();
  const [values, set, clear] = useFormDraft(draftKey, initial);
  const { save, saving, error, localField } = useSaveCourse(theme.cityId, courseId);
  const fieldMessage = useCourseFieldMessage();
  const form = useRef<HTMLFormElement>(null);

  const refused = localField ? { field: localField, code: 'BAD_USER_INPUT' } : fieldErrorOf(error);
  const refusedName = refused ? fieldName(refused.field) : null;
  const message = refused ? fieldMessage(refused, values) : undefined;
  const errorFor = (name: string) =>
    refusedName?.name === name && refusedName.session === null ? message : undefined;

  // The refused field takes focus (again on each new answer), so the staff member lands on the problem.
  const refusedField = refused?.field;
  useEffect(() => {
    if (refusedField)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus();
  }, [refusedField, error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = await save(values);
    if (!id) return;
    clear();
    navigate(`/staff/courses/${encodeURIComponent(id)}`);
  };

  const sessions = draftSessions(values);
  return (
    <form
      ref={form}
      className="course-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="course-form"
    >
      <p className="muted">{t('form.required')}</p>
      <CourseBasics values={values} set={set} errorFor={errorFor} />
      <CourseSettings
        values={values}
        set={set}
        errorFor={errorFor}
        venues={venues}
        formatFixed={courseId !== undefined}
      />
      <SessionPlanner
        sessions={sessions}
        onChange={(next) => set('sessions', JSON.stringify(next))}
        defaultStart={values.defaultStart}
        defaultEnd={values.defaultEnd}
        onDefaults={set}
        listError={errorFor('sessions')}
        rowError={
          refusedName?.name === 'sessions' && refusedName.session !== null && message
            ? { index: refusedName.session, message }
            : null
        }
      />
      <LinkedContents
        linked={draftContents(values)}
        onChange={(next) => set('contents', JSON.stringify(next))}
        error={errorFor('contentIds')}
      />
      <Instructors
        ids={draftInstructors(values)}
        onChange={(next) => set('instructorIds', JSON.stringify(next))}
        error={errorFor('instructorIds')}
      />
      <div className="course-form__footer">
        <p className="muted">{t('editor.draftNote')}</p>
        {refused && message ? (
          <p className="notice notice--error" role="alert" data-testid="course-form-error">
            {t('form.checkField', { message })}
          </p>
        ) : (
          error !== undefined && <ApiError error={error} />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={saving} data-testid="course-form-submit">
            {saving ? t('form.saving') : courseId ? t('form.save') : t('form.create')}
          </button>
          <Link
            to={courseId ? `/staff/courses/${encodeURIComponent(courseId)}` : '/staff'}
            className="button button--secondary"
            onClick={clear}
          >
            {t('form.cancel')}
          </Link>
        </div>
      </div>
    </form>
  );
}

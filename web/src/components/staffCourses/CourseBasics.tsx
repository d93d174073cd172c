import { useTranslation } from 'react-i18next';
import { Field } from '../account/Field';
import { COURSE_RULES, type CourseDraft } from './courseDraft';

/** The course's title and description, in Korean (required) and English. */
export function CourseBasics({
  values,
  set,
  errorFor,
}: {
  values: CourseDraft;
  set: (name: keyof CourseDraft, value: string) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('staffCourses');
  return (
    <fieldset className="course-form__section">
      <legend>{t('form.basics')}</legend>
      <Field
        label={t('form.titleKo')}
        hint={t('form.titleHint', { max: COURSE_RULES.title })}
        error={errorFor('titleKo')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            lang="ko"
            value={values.titleKo}
            onChange={(e) => set('titleKo', e.target.value)}
            required
            data-testid="course-title-ko"
          />
        )}
      </Field>
      <Field
        label={t('form.titleEn')}
        hint={`${t('form.titleHint', { max: COURSE_RULES.title })} ${t('form.englishHint')}`}
        error={errorFor('titleEn')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            lang="en"
            value={values.titleEn}
            onChange={(e) => set('titleEn', e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('form.descriptionKo')}
        hint={t('form.descriptionHint', { max: COURSE_RULES.description })}
        error={errorFor('descriptionKo')}
      >
        {(control) => (
          <textarea
            {...control}
            lang="ko"
            rows={5}
            value={values.descriptionKo}
            onChange={(e) => set('descriptionKo', e.target.value)}
            required
          />
        )}
      </Field>
      <Field
        label={t('form.descriptionEn')}
        hint={t('form.descriptionHint', { max: COURSE_RULES.description })}
        error={errorFor('descriptionEn')}
      >
        {(control) => (
          <textarea
            {...control}
            lang="en"
            rows={4}
            value={values.descriptionEn}
            onChange={(e) => set('descriptionEn', e.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}

import { type FormEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ApiError';
import { Field } from '../account/Field';
import { fieldErrorOf } from '../account/fieldError';
import { AdminCitySelect } from './AdminCitySelect';
import {
  CATEGORIES,
  CONTENT_RULES,
  type ContentDraft,
  draftLanguages,
  KINDS,
  LANGUAGES,
  LEVELS,
  toggleLanguage,
} from './contentDraft';
import { useContentFieldMessage } from './contentFieldMessages';
import { TextFields } from './TextFields';

/**
 * The fields of a content, for adding and for editing. What was typed stays on an error; the field
 * the API (or the form itself, for a duration that is no number) refused says why and takes focus.
 */
export function ContentForm({
  values,
  set,
  onSubmit,
  onCancel,
  saving,
  error,
  localField,
  submitLabel,
  cityHint,
}: {
  values: ContentDraft;
  set: (name: keyof ContentDraft, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
  saving: boolean;
  error: unknown;
  /** A field the form refused before asking the API. */
  localField: string | null;
  submitLabel: string;
  cityHint?: string;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const fieldMessage = useContentFieldMessage();
  const form = useRef<HTMLFormElement>(null);
  const languagesId = useId();
  const refused = localField ? { field: localField, code: 'BAD_USER_INPUT' } : fieldErrorOf(error);
  const errorFor = (field: string) => (refused?.field === field ? fieldMessage(refused, values) : undefined);

  // The refused field takes focus (again on each new answer), so the admin lands where the problem is.
  const refusedField = refused?.field;
  useEffect(() => {
    if (refusedField) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusedField, error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const languages = draftLanguages(values);
  const languagesError = errorFor('input.languages');

  return (
    <form ref={form} className="form content-form" onSubmit={submit} noValidate data-testid="content-form">
      <p className="muted">{t('form.required')}</p>
      <TextFields values={values} set={set} errorFor={errorFor} />
      <div className="content-form__grid">
        <Field label={t('form.kind')} error={errorFor('input.kind')}>
          {(control) => (
            <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`common:kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.level')} error={errorFor('input.level')}>
          {(control) => (
            <select {...control} value={values.level} onChange={(e) => set('level', e.target.value)}>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`common:level.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.category')} error={errorFor('input.category')}>
          {(control) => (
            <select {...control} value={values.category} onChange={(e) => set('category', e.target.value)}>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`common:category.${category}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label={t('form.duration')}
        hint={t('hints.duration', { max: CONTENT_RULES.minutes })}
        error={errorFor('input.durationMinutes')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            className="content-form__short"
            value={values.durationMinutes}
            onChange={(e) => set('durationMinutes', e.target.value)}
            required
          />
        )}
      </Field>
      <Field
        label={t('form.provider')}
        hint={t('hints.provider', { max: CONTENT_RULES.provider })}
        error={errorFor('input.provider')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.provider}
            onChange={(e) => set('provider', e.target.value)}
            required
          />
        )}
      </Field>
      <Field
        label={t('form.url')}
        hint={t('hints.url', { max: CONTENT_RULES.url })}
        error={errorFor('input.url')}
      >
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={values.url}
            onChange={(e) => set('url', e.target.value)}
            required
          />
        )}
      </Field>
      <fieldset
        className="field content-form__languages"
        aria-invalid={languagesError ? true : undefined}
        aria-describedby={`${languagesId}-hint${languagesError ? ` ${languagesId}-error` : ''}`}
      >
        <legend>{t('form.languages')}</legend>
        <p id={`${languagesId}-hint`} className="field__hint">
          {t('hints.languages')}
        </p>
        <div className="content-form__checks">
          {LANGUAGES.map((code) => (
            <label key={code} className="content-form__check">
              <input
                type="checkbox"
                checked={languages.includes(code)}
                onChange={(e) => set('languages', toggleLanguage(values.languages, code, e.target.checked))}
              />
              {t(`common:localeName.${code}`)}
            </label>
          ))}
        </div>
        {languagesError && (
          <p id={`${languagesId}-error`} className="field__error">
            {languagesError}
          </p>
        )}
      </fieldset>
      <Field label={t('form.city')} hint={cityHint ?? t('hints.city')} error={errorFor('input.cityId')}>
        {(control) => (
          <AdminCitySelect
            control={control}
            value={values.cityId}
            onChange={(cityId) => set('cityId', cityId)}
          />
        )}
      </Field>
      {refused ? (
        <p className="notice notice--error" role="alert">
          {t('form.checkField', { message: fieldMessage(refused, values) })}
        </p>
      ) : (
        error !== undefined && <ApiError error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button" data-testid="content-form-submit" disabled={saving}>
          {saving ? t('form.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

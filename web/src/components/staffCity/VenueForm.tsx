import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ApiError';
import { Field } from '../account/Field';
import { fieldErrorOf } from '../account/fieldError';
import { VENUE_KINDS, VENUE_RULES, type VenueDraft } from './venueDraft';

/**
 * A venue's fields, for adding and for editing. A field the API refused says why and takes focus;
 * what was typed stays.
 */
export function VenueForm({
  values,
  set,
  onSubmit,
  onCancel,
  saving,
  error,
  submitLabel,
}: {
  values: VenueDraft;
  set: (name: keyof VenueDraft, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
  saving: boolean;
  error: unknown;
  submitLabel: string;
}) {
  const { t } = useTranslation(['staffCity', 'common']);
  const form = useRef<HTMLFormElement>(null);
  const refused = fieldErrorOf(error);
  const messageFor = (field: string): string => {
    switch (field) {
      case 'input.name':
        return t('venueForm.errors.name', { max: VENUE_RULES.name });
      case 'input.address':
        return t('venueForm.errors.address', { max: VENUE_RULES.address });
      case 'input.dong':
        return t('venueForm.errors.dong', { max: VENUE_RULES.dong });
      default:
        return t('common:errors.badInput');
    }
  };
  const errorFor = (field: string) => (refused?.field === field ? messageFor(field) : undefined);

  const refusedField = refused?.field;
  useEffect(() => {
    if (refusedField) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusedField, error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form ref={form} className="form venue-form" onSubmit={submit} noValidate data-testid="venue-form">
      <Field
        label={t('venueForm.name')}
        hint={t('venueForm.hints.name', { max: VENUE_RULES.name })}
        error={errorFor('input.name')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={t('venueForm.kind')} error={errorFor('input.kind')}>
        {(control) => (
          <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
            {VENUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`venueKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('venueForm.address')}
        hint={t('venueForm.hints.address', { max: VENUE_RULES.address })}
        error={errorFor('input.address')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={values.address}
            onChange={(e) => set('address', e.target.value)}
            required
          />
        )}
      </Field>
      <Field
        label={t('venueForm.dong')}
        hint={t('venueForm.hints.dong', { max: VENUE_RULES.dong })}
        error={errorFor('input.dong')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="venue-form__short"
            value={values.dong}
            onChange={(e) => set('dong', e.target.value)}
          />
        )}
      </Field>
      {refused ? (
        <p className="notice notice--error" role="alert">
          {t('venueForm.checkField', { message: messageFor(refused.field) })}
        </p>
      ) : (
        error !== undefined && <ApiError error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button" data-testid="venue-form-submit" disabled={saving}>
          {saving ? t('venueForm.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('venueForm.cancel')}
        </button>
      </div>
    </form>
  );
}

import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormDraft } from '../../hooks/useFormDraft';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';
import { Field } from '../account/Field';
import { fieldErrorOf } from '../account/fieldError';
import { EMPTY_LIVE_CLASS, LIVE_RULES } from './liveClassDraft';
import { type ScheduledLiveClass, useScheduleLiveClass } from './useScheduleLiveClass';

/**
 * Schedules a live class of the city, times in Korea time. The field the API (or the form, for a
 * time or capacity that is none) refused says why and takes focus; what was typed stays, also
 * across a reload.
 */
export function LiveClassForm({
  cityId,
  onScheduled,
}: {
  cityId: string;
  onScheduled: (scheduled: ScheduledLiveClass) => void;
}) {
  const { t } = useTranslation(['staffCity', 'common']);
  const locale = useGraphQLLocale();
  const { locale: appLocale } = useLocale();
  const capacityRange = {
    min: formatNumber(LIVE_RULES.minCapacity, appLocale),
    max: formatNumber(LIVE_RULES.maxCapacity, appLocale),
  };
  const [values, set, clear] = useFormDraft(`staff-live-${cityId}`, EMPTY_LIVE_CLASS);
  const { schedule, scheduling, error, localField } = useScheduleLiveClass(cityId);
  const form = useRef<HTMLFormElement>(null);
  const refused = localField ? { field: localField, code: 'BAD_USER_INPUT' } : fieldErrorOf(error);

  const messageFor = (field: string): string => {
    switch (field) {
      case 'titleKo':
        return t('liveForm.errors.title', { max: LIVE_RULES.title });
      case 'startsAt':
        return t('liveForm.errors.startsAt');
      case 'endsAt':
        return values.endsAt && values.startsAt && values.endsAt <= values.startsAt
          ? t('liveForm.errors.endsBeforeStart')
          : localField === 'endsAt'
            ? t('liveForm.errors.time')
            : t('liveForm.errors.endsAt');
      case 'capacity':
        return t('liveForm.errors.capacity', capacityRange);
      case 'room':
        return t('liveForm.errors.room');
      default:
        return t('common:errors.badInput');
    }
  };
  const errorFor = (field: string) => (refused?.field === field ? messageFor(field) : undefined);

  const refusedField = refused?.field;
  useEffect(() => {
    if (refusedField) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusedField, error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scheduled = await schedule(values, locale);
    if (!scheduled) return;
    clear();
    onScheduled(scheduled);
  };

  return (
    <form
      ref={form}
      className="form live-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="live-form"
    >
      <Field
        label={t('liveForm.titleKo')}
        hint={t('liveForm.hints.titleKo', { max: LIVE_RULES.title })}
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
          />
        )}
      </Field>
      <Field label={t('liveForm.titleEn')} hint={t('liveForm.hints.titleEn')} error={errorFor('titleEn')}>
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
      <div className="live-form__times">
        <Field label={t('liveForm.startsAt')} hint={t('liveForm.hints.time')} error={errorFor('startsAt')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={values.startsAt}
              onChange={(e) => set('startsAt', e.target.value)}
              required
            />
          )}
        </Field>
        <Field label={t('liveForm.endsAt')} hint={t('liveForm.hints.time')} error={errorFor('endsAt')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={values.endsAt}
              onChange={(e) => set('endsAt', e.target.value)}
              required
            />
          )}
        </Field>
      </div>
      <Field
        label={t('liveForm.capacity')}
        hint={t('liveForm.hints.capacity', capacityRange)}
        error={errorFor('capacity')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            className="live-form__short"
            value={values.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={t('liveForm.room')} hint={t('liveForm.hints.room')} error={errorFor('room')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={values.room}
            onChange={(e) => set('room', e.target.value)}
            required
          />
        )}
      </Field>
      {refused ? (
        <p className="notice notice--error" role="alert">
          {t('liveForm.checkField', { message: messageFor(refused.field) })}
        </p>
      ) : (
        error !== undefined && <ApiError error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={scheduling} data-testid="live-form-submit">
          {scheduling ? t('liveForm.scheduling') : t('liveForm.submit')}
        </button>
      </div>
    </form>
  );
}

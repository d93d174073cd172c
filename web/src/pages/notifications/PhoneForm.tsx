import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { Field } from '../../components/account/Field';
import { fieldErrorOf } from '../../components/account/fieldError';
import { graphql } from '../../generated';

const PhoneFormSet = graphql(`
  mutation PhoneFormSet($number: String!, $consent: Boolean!) {
    setNotificationPhone(number: $number, consent: $consent)
  }
`);

const PhoneFormRemove = graphql(`
  mutation PhoneFormRemove {
    removeNotificationPhone
  }
`);

/** KakaoTalk messages: a mobile number given with consent, shown partly hidden, removable. */
export function PhoneForm({ phone }: { phone: string | null }) {
  const { t } = useTranslation(['notifications', 'common']);
  const [number, setNumber] = useState('');
  const [consent, setConsent] = useState(false);
  const consentId = useId();
  const refetchQueries = ['NotificationSettingsPage'];
  const [save, saving] = useMutation(PhoneFormSet, { refetchQueries });
  const [remove, removing] = useMutation(PhoneFormRemove, { refetchQueries });
  const refused = fieldErrorOf(saving.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { number: number.trim(), consent } });
      setNumber('');
      setConsent(false);
    } catch {
      // shown below
    }
  };

  return (
    <section className="card phone-form" aria-labelledby="phone-form-title">
      <h2 id="phone-form-title">{t('kakao.title')}</h2>
      <p>{t('kakao.intro')}</p>
      {phone ? (
        <div className="phone-form__current">
          <p data-testid="notification-phone">{t('kakao.current', { phone })}</p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="remove-phone"
            disabled={removing.loading}
            onClick={() => remove().catch(() => {})}
          >
            {t('kakao.remove')}
          </button>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <Field
            label={t('kakao.number')}
            hint={t('kakao.numberHint')}
            error={refused?.field === 'number' ? t('kakao.badNumber') : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="tel"
                inputMode="tel"
                autoComplete="tel-national"
                data-testid="phone-number"
                value={number}
                onChange={(e) => setNumber(e.target.value)}
              />
            )}
          </Field>
          <div className="field field--checkbox">
            <input
              id={consentId}
              type="checkbox"
              data-testid="phone-consent"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <label htmlFor={consentId}>{t('kakao.consent')}</label>
          </div>
          {refused?.field === 'consent' && (
            <p className="field__error" role="alert">
              {t('kakao.needConsent')}
            </p>
          )}
          {saving.error && !refused && <ApiError error={saving.error} />}
          <div className="actions">
            <button
              type="submit"
              className="button"
              data-testid="save-phone"
              disabled={saving.loading || !number.trim()}
            >
              {t('kakao.save')}
            </button>
          </div>
        </form>
      )}
      {removing.error && <ApiError error={removing.error} />}
    </section>
  );
}

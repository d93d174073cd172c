import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { CitySelect } from '../../components/account/CitySelect';
import { Field } from '../../components/account/Field';
import { fieldErrorOf } from '../../components/account/fieldError';
import { PASSWORD_RULE, useFieldMessage } from '../../components/account/fieldMessages';
import { PasswordField } from '../../components/account/PasswordField';
import { returnPath } from '../../components/account/returnPath';
import { AccountSession_payload } from '../../components/account/sessionPayload';
import { getFragmentData, graphql } from '../../generated';
import { useFormDraft } from '../../hooks/useFormDraft';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSession } from '../../hooks/useSession';
import { APP_LOCALES, isAppLocale, LOCALE_NAMES, toGraphQLLocale, useLocale } from '../../i18n';
import { theme } from '../../theme';
import './account.css';

const SignUpPageSignUp = graphql(`
  mutation SignUpPageSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AccountSession_payload
    }
  }
`);

type Draft = {
  email: string;
  displayName: string;
  residenceCityId: string;
  preferredLocale: string;
  birthYear: string;
};

const EMPTY: Draft = {
  email: '',
  displayName: '',
  residenceCityId: theme.cityId === 'gyeonggi' ? '' : theme.cityId,
  preferredLocale: '',
  birthYear: '',
};

/** Opening an account: the minimum personal data (no registration number, phone or address). */
export function SignUpPage() {
  const { t } = useTranslation(['account', 'common']);
  const { locale } = useLocale();
  usePageTitle(t('signUp.title'));
  const [search] = useSearchParams();
  const next = returnPath(search.get('next'));
  const navigate = useNavigate();
  const { session, signIn } = useSession();
  const [draft, set, clear] = useFormDraft<Draft>('signup', EMPTY);
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [signUp, { loading, error }] = useMutation(SignUpPageSignUp);
  const [done, setDone] = useState(false);
  const fieldMessage = useFieldMessage();

  if (session && !done) return <Navigate to={next} replace />;

  const preferred = isAppLocale(draft.preferredLocale) ? draft.preferredLocale : locale;
  const refused = fieldErrorOf(error);
  const errorFor = (field: string) => (refused?.field === field ? fieldMessage(refused) : undefined);
  const birthYearError = localError ?? errorFor('input.birthYear');
  const signInHref = `/signin${next === '/me' ? '' : `?next=${encodeURIComponent(next)}`}`;
  const emailError =
    refused?.field === 'input.email' && refused.code === 'CONFLICT' ? (
      <>
        {t('errors.emailTaken')} <Link to={signInHref}>{t('signUp.signInInstead')}</Link>
      </>
    ) : (
      errorFor('input.email')
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = draft.birthYear.trim();
    if (year !== '' && !/^\d{4}$/.test(year)) {
      setLocalError(t('errors.birthYear', { max: new Date().getFullYear() }));
      return;
    }
    setLocalError(null);
    try {
      const { data } = await signUp({
        variables: {
          input: {
            email: draft.email.trim(),
            password,
            displayName: draft.displayName,
            residenceCityId: draft.residenceCityId,
            preferredLocale: toGraphQLLocale(preferred),
            birthYear: year === '' ? null : Number(year),
          },
        },
      });
      if (!data) return;
      setDone(true);
      clear();
      signIn(getFragmentData(AccountSession_payload, data.signUp));
      navigate(next, { replace: true });
    } catch {
      // shown from the mutation's error below; what was typed stays
    }
  };

  return (
    <div className="page account-page">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('fields.email')} error={emailError}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              value={draft.email}
              onChange={(e) => set('email', e.target.value)}
              required
            />
          )}
        </Field>
        <PasswordField
          label={t('fields.password')}
          hint={t('signUp.passwordHint', PASSWORD_RULE)}
          error={errorFor('input.password')}
          purpose="new"
          value={password}
          onChange={setPassword}
        />
        <Field
          label={t('fields.displayName')}
          hint={t('signUp.displayNameHint')}
          error={errorFor('input.displayName')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="name"
              value={draft.displayName}
              onChange={(e) => set('displayName', e.target.value)}
              required
            />
          )}
        </Field>
        <Field
          label={t('fields.residence')}
          hint={t('signUp.residenceHint')}
          error={errorFor('input.residenceCityId')}
        >
          {(control) => (
            <CitySelect
              control={control}
              value={draft.residenceCityId}
              onChange={(cityId) => set('residenceCityId', cityId)}
            />
          )}
        </Field>
        <Field label={t('fields.preferredLocale')} error={errorFor('input.preferredLocale')}>
          {(control) => (
            <select {...control} value={preferred} onChange={(e) => set('preferredLocale', e.target.value)}>
              {APP_LOCALES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LOCALE_NAMES[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.birthYear')} hint={t('signUp.birthYearHint')} error={birthYearError}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="bday-year"
              maxLength={4}
              className="account-page__short"
              value={draft.birthYear}
              onChange={(e) => set('birthYear', e.target.value)}
            />
          )}
        </Field>
        {error && !refused && <ApiError error={error} />}
        {refused && (
          <p className="visually-hidden" role="alert">
            {t('errors.checkFields')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button" data-testid="signup-submit" disabled={loading}>
            {loading ? t('signUp.submitting') : t('signUp.submit')}
          </button>
        </div>
      </form>
      <p>
        <Trans t={t} i18nKey="signUp.haveAccount" components={{ signin: <Link to={signInHref} /> }} />
      </p>
    </div>
  );
}

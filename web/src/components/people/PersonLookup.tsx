import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/Loading';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { ApiError } from '../ApiError';
import { Field } from '../account/Field';
import { fieldErrorOf } from '../account/fieldError';
import { PersonDetails } from './PersonDetails';

const PeopleFindByEmail = graphql(`
  query PeopleFindByEmail($email: String!, $locale: Locale) {
    learnerByEmail(email: $email) {
      id
      ...PersonDetails_learner
    }
  }
`);

/** Finds a person by their email (each lookup goes on the person's access log) and shows them. */
export function PersonLookup() {
  const { t } = useTranslation('admin');
  const [typed, setTyped] = useState('');
  const [email, setEmail] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const notFoundRef = useRef<HTMLParagraphElement>(null);
  const { data, loading, error, refetch } = useQuery(PeopleFindByEmail, {
    variables: { email, locale: useGraphQLLocale() },
    skip: email === '',
    fetchPolicy: 'network-only',
  });
  const [empty, setEmpty] = useState(false);
  const refused = empty || fieldErrorOf(error)?.field === 'email';
  const searched = email !== '' && !empty && !loading;
  const person = searched ? data?.learnerByEmail : undefined;
  const notFound = searched && !error && data !== undefined && data.learnerByEmail === null;

  useEffect(() => {
    if (notFound) notFoundRef.current?.focus();
  }, [notFound]);
  useEffect(() => {
    if (refused) input.current?.focus();
  }, [refused]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim();
    setEmpty(next === '');
    if (next === '') {
      input.current?.focus();
      return;
    }
    if (next === email) void refetch();
    setEmail(next);
  };

  return (
    <>
      <search className="people-search">
        <form className="form people-search__form" onSubmit={submit} noValidate data-testid="person-search">
          <Field
            label={t('people.search.email')}
            hint={t('people.search.hint')}
            error={refused ? t('people.search.emailError') : undefined}
          >
            {(control) => (
              <input
                {...control}
                ref={input}
                type="email"
                inputMode="email"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                data-testid="person-email-input"
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button" data-testid="person-search-submit">
              {t('people.search.submit')}
            </button>
          </div>
        </form>
      </search>
      <div role="status" aria-live="polite">
        {notFound && (
          <p ref={notFoundRef} tabIndex={-1} className="notice" data-testid="person-not-found">
            {t('people.search.notFound', { email })}
          </p>
        )}
      </div>
      {loading && <Loading />}
      {error && !empty && !refused && <ApiError error={error} onRetry={() => void refetch()} />}
      {person && <PersonDetails key={person.id} learner={person} />}
    </>
  );
}

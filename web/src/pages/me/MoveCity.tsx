import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { CitySelect } from '../../components/account/CitySelect';
import { Field } from '../../components/account/Field';
import { fieldErrorOf } from '../../components/account/fieldError';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useGraphQLUrl } from '../../hooks/useGraphQLUrl';
import { useGraphQLLocale } from '../../i18n';
import { renewNow } from '../../lib/renew';

export const MoveCity_learner = graphql(`
  fragment MoveCity_learner on Learner {
    id
    residence {
      id
      name(locale: $locale)
    }
  }
`);

const MoveCityMove = graphql(`
  mutation MoveCityMove($cityId: ID!, $locale: Locale!) {
    moveResidence(cityId: $cityId) {
      id
      ...MoveCity_learner
      ...MyGreeting_learner
    }
  }
`);

/** Eligibility is read from the token, which carries the residence: renewed now, the new city counts at once. */
async function renewToken(graphqlUrl: string): Promise<void> {
  await renewNow(graphqlUrl).catch(() => null);
}

/** Moving to another of the 31 cities and counties: what changes and what stays, then the move. */
export function MoveCity(props: { learner: FragmentType<typeof MoveCity_learner> }) {
  const { t } = useTranslation(['account', 'common']);
  const learner = getFragmentData(MoveCity_learner, props.learner);
  const locale = useGraphQLLocale();
  const [cityId, setCityId] = useState('');
  const [cityName, setCityName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [moved, setMoved] = useState<string | null>(null);
  const client = useApolloClient();
  const graphqlUrl = useGraphQLUrl();
  const [move, { loading, error, reset }] = useMutation(MoveCityMove);
  const refused = fieldErrorOf(error);
  const chosen = cityId !== '' && cityId !== learner.residence.id;

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setMoved(null);
    if (chosen) setConfirming(true);
  };

  const confirm = async () => {
    try {
      const { data } = await move({ variables: { cityId, locale } });
      if (!data) return;
      await renewToken(graphqlUrl);
      // What the new city changes (the courses' eligibility, the history's MOVED record).
      void client.refetchQueries({ include: ['MyLearningPage', 'MyRecords'] });
      setConfirming(false);
      setCityId('');
      reset();
      setMoved(cityId);
    } catch {
      setConfirming(false);
    }
  };

  return (
    <div className="me-subsection">
      <h3>{t('me.move.heading')}</h3>
      <p>{t('me.move.current', { city: learner.residence.name })}</p>
      <div className="me-move__explain">
        <p>{t('me.move.changesHeading')}</p>
        <ul>
          <li>{t('me.move.changes.newCity')}</li>
          <li>{t('me.move.changes.oldCity')}</li>
          <li>{t('me.move.changes.applied')}</li>
          <li>{t('me.move.changes.record')}</li>
        </ul>
        <p>{t('me.move.staysHeading')}</p>
        <ul>
          <li>{t('me.move.stays.account')}</li>
          <li>{t('me.move.stays.enrollments')}</li>
          <li>{t('me.move.stays.history')}</li>
        </ul>
      </div>
      <form className="form" onSubmit={ask}>
        <Field
          label={t('me.move.select')}
          error={
            refused?.field === 'cityId'
              ? t(cityId === learner.residence.id ? 'errors.sameCity' : 'errors.residence')
              : undefined
          }
        >
          {(control) => (
            <CitySelect
              control={control}
              value={cityId}
              onChange={(id, name) => {
                setCityId(id);
                setCityName(name);
                setConfirming(false);
              }}
              testId="move-city"
              exclude={learner.residence.id}
            />
          )}
        </Field>
        {!confirming && (
          <div className="actions">
            <button
              type="submit"
              className="button button--secondary"
              data-testid="move-city-submit"
              disabled={!chosen}
            >
              {t('me.move.submit')}
            </button>
          </div>
        )}
      </form>
      {confirming && (
        <div className="notice me-confirm" role="alert">
          <p>{t('me.move.confirm', { city: cityName })}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              data-testid="move-city-confirm"
              onClick={() => void confirm()}
              disabled={loading}
            >
              {t('me.move.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('me.move.confirmNo')}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {moved && (
          <p className="notice notice--success">{t('me.move.done', { city: learner.residence.name })}</p>
        )}
      </div>
      {error && !refused && <ApiError error={error} />}
    </div>
  );
}

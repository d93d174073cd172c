import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import type { Role } from '../../generated/graphql';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { intlLocale } from '../../i18n/locale';
import { ApiError } from '../ApiError';
import { GrantRoleForm } from './GrantRoleForm';
import { type Grant, grantKey, revocable, sortGrants } from './roleGrants';

export const PersonRolesFragment = graphql(`
  fragment PersonRoles_learner on Learner {
    id
    roles {
      role
      city {
        id
        name(locale: $locale)
      }
    }
  }
`);

const PeopleRevokeRole = graphql(`
  mutation PeopleRevokeRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {
    revokeRole(learnerId: $learnerId, role: $role, cityId: $cityId) {
      id
      ...PersonRoles_learner
    }
  }
`);

type Outcome = { key: 'granted' | 'revoked'; grant: Grant };

/** The roles a person holds, each revocable after a confirm step, and a form to grant another. */
export function PersonRoles(props: { learner: FragmentType<typeof PersonRolesFragment>; name: string }) {
  const learner = getFragmentData(PersonRolesFragment, props.learner);
  const { t } = useTranslation('admin');
  const { locale } = useLocale();
  const graphQLLocale = useGraphQLLocale();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const [revoke, { loading, error, reset }] = useMutation(PeopleRevokeRole);
  const grants = sortGrants(learner.roles, new Intl.Collator(intlLocale(locale)));
  const roleName = (grant: Grant) => {
    if (!grant.city) return t(`people.role.${grant.role}`);
    // A city just granted is named as the API answers it.
    const city = grant.city.name || grants.find((g) => grantKey(g) === grantKey(grant))?.city?.name;
    return t('people.roles.inCity', { role: t(`people.role.${grant.role}`), city: city ?? grant.city.id });
  };

  const said = (next: Outcome) => {
    setOutcome(next);
    window.setTimeout(() => outcomeRef.current?.focus());
  };
  const confirmRevoke = async (grant: { role: Role; city?: { id: string; name: string } | null }) => {
    try {
      await revoke({
        variables: {
          learnerId: learner.id,
          role: grant.role,
          cityId: grant.city?.id ?? null,
          locale: graphQLLocale,
        },
      });
      setConfirming(null);
      said({ key: 'revoked', grant });
    } catch {
      // said below the grant
    }
  };

  return (
    <section className="people-section" aria-labelledby="person-roles-title">
      <h3 id="person-roles-title">{t('people.roles.title')}</h3>
      <div role="status" aria-live="polite">
        {outcome && (
          <p ref={outcomeRef} tabIndex={-1} className="notice notice--success" data-testid="role-outcome">
            {t(`people.roles.${outcome.key}`, { role: roleName(outcome.grant), name: props.name })}
            {outcome.key === 'revoked' && <> {t('people.roles.tokenNote')}</>}
          </p>
        )}
      </div>
      <ul className="people-roles" data-testid="person-roles">
        {grants.map((grant) => {
          const key = grantKey(grant);
          return (
            <li key={key} className="people-roles__item" data-testid="person-role" data-role={key}>
              <span className="people-roles__name">{roleName(grant)}</span>
              {revocable(grant) &&
                (confirming === key ? (
                  <RevokeRoleConfirm
                    question={t('people.roles.confirm', { role: roleName(grant), name: props.name })}
                    error={error}
                    revoking={loading}
                    onConfirm={() => void confirmRevoke(grant)}
                    onKeep={() => {
                      reset();
                      setConfirming(null);
                      window.setTimeout(() =>
                        document
                          .querySelector<HTMLElement>(`[data-role="${key}"] [data-testid="revoke-role"]`)
                          ?.focus(),
                      );
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('people.roles.revokeNamed', { role: roleName(grant) })}
                    onClick={() => {
                      reset();
                      setOutcome(null);
                      setConfirming(key);
                    }}
                    data-testid="revoke-role"
                  >
                    {t('people.roles.revoke')}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('people.roles.tokenNote')}</p>
      <GrantRoleForm
        learnerId={learner.id}
        grants={grants}
        onGranted={(grant) => said({ key: 'granted', grant })}
      />
    </section>
  );
}

/** The confirm step of revoking a role; its first button takes focus when it opens. */
function RevokeRoleConfirm({
  question,
  error,
  revoking,
  onConfirm,
  onKeep,
}: {
  question: string;
  error: unknown;
  revoking: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation('admin');
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <fieldset className="people-confirm">
      <legend className="visually-hidden">{t('people.roles.confirmLabel')}</legend>
      <p>{question}</p>
      {error !== undefined && <ApiError error={error} />}
      <div className="actions">
        <button
          ref={first}
          type="button"
          className="button button--danger"
          disabled={revoking}
          onClick={onConfirm}
          data-testid="confirm-revoke-role"
        >
          {revoking ? t('people.roles.revoking') : t('people.roles.confirmYes')}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          {t('people.roles.keep')}
        </button>
      </div>
    </fieldset>
  );
}

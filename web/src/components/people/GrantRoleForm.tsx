import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import type { Role } from '../../generated/graphql';
import { useGraphQLLocale } from '../../i18n';
import { theme } from '../../theme';
import { ApiError } from '../ApiError';
import { CitySelect } from '../account/CitySelect';
import { Field } from '../account/Field';
import { fieldErrorOf } from '../account/fieldError';
import { GRANTABLE_ROLES, type Grant, holds, isCityRole } from './roleGrants';

const PeopleGrantRole = graphql(`
  mutation PeopleGrantRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {
    grantRole(learnerId: $learnerId, role: $role, cityId: $cityId) {
      id
      ...PersonRoles_learner
    }
  }
`);

/** Grants a role: city roles for one of the 31 cities (this site's city at first), others province-wide. */
export function GrantRoleForm({
  learnerId,
  grants,
  onGranted,
}: {
  learnerId: string;
  grants: readonly Grant[];
  onGranted: (grant: Grant) => void;
}) {
  const { t } = useTranslation('admin');
  const locale = useGraphQLLocale();
  const [role, setRole] = useState<Role>('CITY_STAFF');
  const [city, setCity] = useState({ id: theme.cityId, name: '' });
  const [alreadyHeld, setAlreadyHeld] = useState(false);
  const [grant, { loading, error, reset }] = useMutation(PeopleGrantRole);
  const form = useRef<HTMLFormElement>(null);
  const cityRole = isCityRole(role);
  const refused = fieldErrorOf(error);

  const refusedField = refused?.field;
  useEffect(() => {
    if (refusedField) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusedField, error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const cityId = cityRole ? city.id : null;
    if (holds(grants, role, cityId)) {
      setAlreadyHeld(true);
      return;
    }
    setAlreadyHeld(false);
    try {
      await grant({ variables: { learnerId, role, cityId, locale } });
      onGranted({ role, city: cityId ? { id: cityId, name: city.name } : null });
    } catch {
      // said below
    }
  };

  return (
    <form
      ref={form}
      className="form people-grant"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="grant-role-form"
    >
      <h4>{t('people.grant.title')}</h4>
      <Field
        label={t('people.grant.role')}
        error={refused?.field === 'role' ? t('people.grant.roleError') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={role}
            onChange={(event) => {
              setRole(event.target.value as Role);
              setAlreadyHeld(false);
            }}
          >
            {GRANTABLE_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`people.role.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {cityRole && (
        <Field
          label={t('people.grant.city')}
          hint={t('people.grant.cityHint')}
          error={refused?.field === 'cityId' ? t('people.grant.cityError') : undefined}
        >
          {(control) => (
            <CitySelect
              control={control}
              value={city.id}
              onChange={(id, name) => {
                setCity({ id, name });
                setAlreadyHeld(false);
              }}
              testId="grant-city"
            />
          )}
        </Field>
      )}
      {!cityRole && <p className="field__hint">{t('people.grant.provinceWide')}</p>}
      {alreadyHeld && (
        <p className="notice" role="status">
          {t('people.grant.alreadyHeld')}
        </p>
      )}
      {error !== undefined && !refused && <ApiError error={error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={loading} data-testid="grant-role">
          {loading ? t('people.grant.granting') : t('people.grant.submit')}
        </button>
      </div>
    </form>
  );
}

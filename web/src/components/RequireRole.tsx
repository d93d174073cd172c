import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../app/Loading';
import { graphql } from '../generated';
import type { Role } from '../generated/graphql';
import { ApiError } from './ApiError';
import { RequireSignIn } from './RequireSignIn';

const RequireRoleMe = graphql(`
  query RequireRoleMe {
    me {
      id
      roles {
        role
        city {
          id
        }
      }
    }
  }
`);

/**
 * Shows `children` to a signed-in holder of one of `roles` (in `cityId`, when given; a province
 * admin everywhere); a guest signs in first, anyone else is told the page is not theirs. The API
 * refuses what the role does not allow whatever the page shows: this is for the visitor's sake.
 */
export function RequireRole({
  roles,
  cityId,
  children,
}: {
  roles: Role[];
  cityId?: string;
  children: ReactNode;
}) {
  return (
    <RequireSignIn>
      <RoleCheck roles={roles} cityId={cityId}>
        {children}
      </RoleCheck>
    </RequireSignIn>
  );
}

function RoleCheck({ roles, cityId, children }: { roles: Role[]; cityId?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RequireRoleMe, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiError error={error} onRetry={() => void refetch()} />;
  const grants = data?.me?.roles ?? [];
  const allowed = grants.some(
    (grant) =>
      grant.role === 'PROVINCE_ADMIN' ||
      (roles.includes(grant.role) && (!cityId || !grant.city || grant.city.id === cityId)),
  );
  if (allowed) return children;
  return (
    <section className="page page--message" aria-labelledby="not-allowed-title" data-testid="not-allowed">
      <h1 id="not-allowed-title">{t('notAllowed.title')}</h1>
      <p>{t('notAllowed.body')}</p>
      <p className="actions">
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}

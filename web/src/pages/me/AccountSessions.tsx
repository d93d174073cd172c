import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import { useSession } from '../../hooks/useSession';
import { endSession } from '../../lib/session';

const AccountSessionsEverywhere = graphql(`
  mutation AccountSessionsEverywhere {
    signOutEverywhere
  }
`);

/** Signing out here or on every device, and changing the password. */
export function AccountSessions() {
  const { t } = useTranslation(['account', 'common']);
  const navigate = useNavigate();
  const client = useApolloClient();
  const { signOut } = useSession();
  const [everywhere, { loading, error }] = useMutation(AccountSessionsEverywhere);
  const [busy, setBusy] = useState(false);

  const signOutHere = async () => {
    setBusy(true);
    await signOut();
    // Signed out, this page has already sent the resident to sign in: home instead.
    navigate('/', { replace: true });
  };

  const signOutAll = async () => {
    try {
      await everywhere();
    } catch {
      return; // shown below; still signed in everywhere
    }
    endSession(false);
    await client.clearStore().catch(() => {});
    navigate('/', { replace: true });
  };

  return (
    <div className="me-subsection">
      <h3>{t('me.sessions.heading')}</h3>
      <p>{t('me.sessions.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="sign-out"
          onClick={() => void signOutHere()}
          disabled={busy}
        >
          {t('me.sessions.signOut')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="sign-out-everywhere"
          onClick={() => void signOutAll()}
          disabled={loading}
        >
          {t('me.sessions.signOutEverywhere')}
        </button>
        <Link to="/account/password" className="button button--secondary">
          {t('me.sessions.changePassword')}
        </Link>
      </div>
      {error && <ApiError error={error} />}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { RequireSignIn } from '../../components/RequireSignIn';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { type ChoosableKind, isChoosableKind } from './kinds';
import { PhoneForm } from './PhoneForm';
import { PreferencesForm } from './PreferencesForm';
import './notifications.css';

export const NotificationSettingsPageQuery = graphql(`
  query NotificationSettingsPage {
    me {
      id
      notificationPhone
      notificationPreferences {
        language
        kinds {
          kind
          channels
          timeCritical
        }
      }
    }
  }
`);

export function NotificationSettingsPage() {
  return (
    <RequireSignIn>
      <NotificationSettings />
    </RequireSignIn>
  );
}

/** How the learner is told: which kinds by which channel, the language, the KakaoTalk number. */
function NotificationSettings() {
  const { t } = useTranslation(['notifications', 'common']);
  usePageTitle(t('settings.title'));
  const { data, error, loading, refetch } = useQuery(NotificationSettingsPageQuery, {
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const me = data?.me;
  const preferences = me?.notificationPreferences;

  return (
    <div className="page notifications-page">
      <p>
        <Link to="/me/notifications">{t('settings.back')}</Link>
      </p>
      <h1>{t('settings.title')}</h1>
      {error && !preferences && <ApiError error={error} onRetry={() => refetch()} />}
      {loading && !data && <p className="loading">{t('common:loading')}</p>}
      {preferences && (
        <PreferencesForm
          language={preferences.language ?? null}
          kinds={preferences.kinds.filter((k): k is typeof k & { kind: ChoosableKind } =>
            isChoosableKind(k.kind),
          )}
          hasPhone={Boolean(me?.notificationPhone)}
        />
      )}
      {me && <PhoneForm phone={me.notificationPhone ?? null} />}
    </div>
  );
}

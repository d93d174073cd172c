import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { errorCodeOf } from '../../lib/errors';
import { type ChoosableKind, isChoosableKind, kindKey } from './kinds';
import './notifications.css';

const UnsubscribePageUnsubscribe = graphql(`
  mutation UnsubscribePageUnsubscribe($token: String!, $kind: NotificationKind) {
    unsubscribe(token: $token, kind: $kind)
  }
`);

/**
 * The page every email's unsubscribe link opens, with no sign-in. Nothing stops until a button
 * is pressed: mail scanners open links ahead of their reader.
 */
export function UnsubscribePage() {
  const { t } = useTranslation(['notifications', 'common']);
  usePageTitle(t('unsubscribe.title'));
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const given = search.get('kind') ?? '';
  const kind = isChoosableKind(given) ? given : null;
  const [unsubscribe, { data, loading, error }] = useMutation(UnsubscribePageUnsubscribe);
  const unknown = token === '' || errorCodeOf(error) === 'BAD_USER_INPUT';

  const stop = (kindToStop: ChoosableKind | null) =>
    unsubscribe({ variables: { token, kind: kindToStop } }).catch(() => {});

  return (
    <div className="page account-page unsubscribe-page">
      <h1>{t('unsubscribe.title')}</h1>
      <div role="status">
        {data?.unsubscribe && (
          <p className="notice notice--success" data-testid="unsubscribed">
            {t('unsubscribe.done')}
          </p>
        )}
        {unknown && (
          <p className="notice notice--error" data-testid="unsubscribe-unknown">
            {t('unsubscribe.unknown')}
          </p>
        )}
      </div>
      {!data?.unsubscribe && !unknown && (
        <>
          <p>{kind ? t('unsubscribe.introKind', { kind: t(kindKey(kind)) }) : t('unsubscribe.introAll')}</p>
          {error && <ApiError error={error} />}
          <div className="actions">
            {kind && (
              <button
                type="button"
                className="button"
                data-testid="unsubscribe-kind"
                disabled={loading}
                onClick={() => stop(kind)}
              >
                {t('unsubscribe.stopKind')}
              </button>
            )}
            <button
              type="button"
              className={kind ? 'button button--secondary' : 'button'}
              data-testid="unsubscribe-all"
              disabled={loading}
              onClick={() => stop(null)}
            >
              {t('unsubscribe.stopAll')}
            </button>
          </div>
          <p className="unsubscribe-page__account">{t('unsubscribe.accountMessages')}</p>
        </>
      )}
      <p>
        <Link to="/me/notifications/settings">{t('unsubscribe.settings')}</Link>
      </p>
    </div>
  );
}

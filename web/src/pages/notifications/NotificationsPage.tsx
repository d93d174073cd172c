import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { RequireSignIn } from '../../components/RequireSignIn';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { NotificationLink } from './NotificationLink';
import './notifications.css';

export const NotificationsPageQuery = graphql(`
  query NotificationsPage {
    me {
      id
      unreadNotificationCount
      notifications(first: 50) {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

const NotificationsPageMarkRead = graphql(`
  mutation NotificationsPageMarkRead {
    markNotificationsRead
  }
`);

export function NotificationsPage() {
  return (
    <RequireSignIn>
      <NotificationCentre />
    </RequireSignIn>
  );
}

/** Every message the platform sent the learner, newest first, and the way to their settings. */
function NotificationCentre() {
  const { t } = useTranslation(['notifications', 'common']);
  usePageTitle(t('title'));
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useQuery(NotificationsPageQuery, {
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const [markRead, marking] = useMutation(NotificationsPageMarkRead, {
    refetchQueries: ['NotificationsPage', 'NotificationBell'],
  });
  const me = data?.me;
  const notifications = me?.notifications;
  const unread = me?.unreadNotificationCount ?? 0;

  return (
    <div className="page notifications-page">
      <h1>{t('title')}</h1>
      {error && !notifications && <ApiError error={error} onRetry={() => refetch()} />}
      {loading && !data && <p className="loading">{t('common:loading')}</p>}
      {notifications && (
        <section aria-labelledby="notifications-list">
          <div className="notifications-page__bar">
            <h2 id="notifications-list" data-testid="unread-count">
              {t('unread', { count: unread })}
            </h2>
            {unread > 0 && (
              <button
                type="button"
                className="button button--secondary"
                data-testid="mark-all-read"
                disabled={marking.loading}
                onClick={() => markRead().catch(() => {})}
              >
                {t('markAllRead')}
              </button>
            )}
          </div>
          {notifications.length === 0 ? (
            <p data-testid="no-notifications">{t('empty')}</p>
          ) : (
            <ul className="notification-list">
              {notifications.map((n) => (
                <li
                  key={n.id}
                  className={`notification${n.readAt ? '' : ' notification--unread'}`}
                  data-testid="notification"
                  data-kind={n.kind}
                >
                  <p className="notification__title">
                    {!n.readAt && <span className="notification__new">{t('new')}</span>}
                    {n.title}
                  </p>
                  <p className="notification__body">{n.body}</p>
                  <p className="notification__meta">
                    <time dateTime={String(n.createdAt)}>{formatDateTime(String(n.createdAt), locale)}</time>
                    {n.link && <NotificationLink href={n.link} label={t('open')} />}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p>
        <Link to="/me/notifications/settings" data-testid="notification-settings">
          {t('settings.link')}
        </Link>
      </p>
    </div>
  );
}

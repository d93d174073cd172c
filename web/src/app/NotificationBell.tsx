import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { readUnreadCount, subscribeUnreadCount } from '../lib/unreadCount';

/** The menu's link to the notification centre, with how many messages are unread (UnreadWatcher finds it). */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useSyncExternalStore(subscribeUnreadCount, readUnreadCount, () => 0);
  return (
    <NavLink to="/me/notifications" className="site-nav__bell" data-testid="notification-bell">
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span>{t('nav.notifications')}</span>
      {unread > 0 && (
        <span className="site-nav__badge" data-testid="unread-badge">
          <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
          <span className="visually-hidden">{t('nav.unreadBadge', { count: unread })}</span>
        </span>
      )}
    </NavLink>
  );
}

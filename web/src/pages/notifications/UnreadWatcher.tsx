import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../../generated';
import { useStoredSession } from '../../hooks/useSignedIn';
import { setUnreadCount } from '../../lib/unreadCount';

const NotificationBellQuery = graphql(`
  query NotificationBell {
    me {
      id
      unreadNotificationCount
    }
  }
`);

/** Keeps the bell's count: asked when signed in, then each minute (and after marking read). */
export function UnreadWatcher() {
  const signedIn = useStoredSession() !== null;
  const { data } = useQuery(NotificationBellQuery, {
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    pollInterval: 60_000,
  });
  const count = signedIn ? (data?.me?.unreadNotificationCount ?? 0) : 0;
  useEffect(() => setUnreadCount(count), [count]);
  return null;
}

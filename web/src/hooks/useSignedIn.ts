import { useSyncExternalStore } from 'react';
import { readSession, type StoredSession, subscribeSession } from '../lib/session';

/** The stored session, kept current across tabs; null when signed out. */
export function useStoredSession(): StoredSession | null {
  return useSyncExternalStore(subscribeSession, readSession, () => null);
}

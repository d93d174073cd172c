import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../generated';
import { endSession, type StoredSession, storeSession } from '../lib/session';
import { useStoredSession } from './useSignedIn';

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface Session {
  session: StoredSession | null;
  /** Keeps the answer of signUp / signIn / changePassword (an AuthPayload). */
  signIn: (payload: StoredSession) => void;
  /** Ends the session on the server and here; the tab forgets it whatever the answer, even offline. */
  signOut: () => Promise<void>;
}

export function useSession(): Session {
  const session = useStoredSession();
  const client = useApolloClient();
  const signIn = useCallback(
    (payload: StoredSession) => {
      const { token, refreshToken, expiresAt, sessionExpiresAt } = payload;
      storeSession({ token, refreshToken, expiresAt, sessionExpiresAt });
      // What a previous visitor (or a guest view) left in memory is not this resident's.
      client.resetStore().catch(() => {});
    },
    [client],
  );
  const signOut = useCallback(async () => {
    await client.mutate({ mutation: SignOut }).catch(() => {});
    endSession(false);
    // Nothing of this resident stays in memory for whoever uses the browser next.
    await client.clearStore().catch(() => {});
  }, [client]);
  return { session, signIn, signOut };
}

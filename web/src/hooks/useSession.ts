import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { graphql } from '../generated';
import { readToken, storeToken } from '../lib/session';

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface Session {
  /** The signed-in resident's access token; null when signed out. */
  token: string | null;
  /** The last session ended because the token expired (the sign-in form says so). */
  expired: boolean;
  signIn: (token: string) => void;
  signOut: () => void;
  /** The API no longer accepts the token: sign out and say why. */
  expire: () => void;
}

/** The resident's session in this tab, over the token kept by lib/session.ts. */
export function useSession(): Session {
  const [token, setToken] = useState(readToken);
  const [expired, setExpired] = useState(false);
  const client = useApolloClient();

  const signIn = useCallback((next: string) => {
    storeToken(next);
    setToken(next);
    setExpired(false);
  }, []);

  const end = useCallback(
    (becauseExpired: boolean) => {
      storeToken(null);
      setToken(null);
      setExpired(becauseExpired);
      // Nothing of this resident stays in memory for whoever uses the browser next.
      client.clearStore().catch(() => {});
    },
    [client],
  );
  // The server ends the session too (the token and its refresh token stop working everywhere);
  // the tab forgets it whatever the answer, even offline.
  const signOut = useCallback(() => {
    client
      .mutate({ mutation: SignOut })
      .catch(() => {})
      .finally(() => end(false));
  }, [client, end]);
  const expire = useCallback(() => end(true), [end]);

  return { token, expired, signIn, signOut, expire };
}

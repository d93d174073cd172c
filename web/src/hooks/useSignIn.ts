import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../generated';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
    }
  }
`);

/** Signs a resident in: `signIn` resolves to their access token, or null when it failed (see `error`). */
export function useSignIn() {
  const [mutate, { loading, error }] = useMutation(SignInMutation);
  const signIn = useCallback(
    async (email: string, password: string): Promise<string | null> => {
      const result = await mutate({ variables: { email, password } }).catch(() => null);
      return result?.data?.signIn.token ?? null;
    },
    [mutate],
  );
  return { signIn, loading, error };
}

import {
  ApolloClient,
  ApolloLink,
  type FieldPolicy,
  HttpLink,
  InMemoryCache,
  type Reference,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './lib/errors';
import { currentToken } from './lib/renew';
import { endSession } from './lib/session';

interface StoredConnection {
  __typename?: string;
  edges: ReadonlyArray<{ cursor: string; node: Reference }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * `Query.courses` and `Query.contents` are one list per filter: the pages fetched with `after` are appended to it (see
 * "Show more"), a request without `after` (first load, refetch, a language switch) starts it afresh.
 */
export const pagedListPolicy: FieldPolicy<StoredConnection> = {
  keyArgs: ['filter'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    const seen = new Set(existing.edges.map((edge) => edge.cursor));
    return {
      ...incoming,
      edges: [...existing.edges, ...incoming.edges.filter((edge) => !seen.has(edge.cursor))],
    };
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { courses: pagedListPolicy, contents: pagedListPolicy } },
      // No id: a city's site settings live inside the city, a transcript inside its learner. Several
      // fragments select parts of them, which are merged rather than replaced.
      CitySite: { keyFields: false, merge: true },
      Transcript: { keyFields: false, merge: true },
    },
  });
}

/**
 * The API client of a city site: each request carries the resident's token (renewed first when it is
 * about to expire), and an answer that refuses the token ends the session here too, so that the page
 * asks to sign in again (and comes back to where it was).
 */
export function createApolloClient(uri: string): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    const token = await currentToken(uri);
    if (!token) return {};
    return {
      headers: {
        ...(context.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    };
  });
  const refusal = new ErrorLink(({ error, operation }) => {
    const sentToken = Boolean(
      (operation.getContext().headers as Record<string, string> | undefined)?.authorization,
    );
    if (sentToken && hasErrorCode(error, 'UNAUTHENTICATED')) endSession(true);
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, refusal, new HttpLink({ uri })]),
    cache: createCache(),
  });
}

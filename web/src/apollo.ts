import { ApolloClient, type FieldPolicy, HttpLink, InMemoryCache, type Reference } from '@apollo/client';

interface StoredCourseConnection {
  __typename?: string;
  edges: ReadonlyArray<{ cursor: string; node: Reference }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * `Query.courses` is one list per filter: the pages fetched with `after` are appended to it (see
 * "Show more"), a request without `after` (first load, refetch, a language switch) starts it afresh.
 */
export const coursesFieldPolicy: FieldPolicy<StoredCourseConnection> = {
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
      Query: { fields: { courses: coursesFieldPolicy } },
      // No id: a city's site settings live inside the city, a transcript inside its learner. Several
      // fragments select parts of them, which are merged rather than replaced.
      CitySite: { keyFields: false, merge: true },
      Transcript: { keyFields: false, merge: true },
    },
  });
}

/** `token`: the signed-in resident's access token at the time of each request, if any. */
export function createApolloClient(uri: string, token: () => string | null = () => null): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      fetch: (input, init) => {
        const current = token();
        if (!current) return fetch(input, init);
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${current}`);
        return fetch(input, { ...init, headers });
      },
    }),
    cache: createCache(),
  });
}

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
      // No id: a city's site settings live inside the city.
      CitySite: { keyFields: false, merge: true },
    },
  });
}

export function createApolloClient(uri: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
  });
}

import { createContext, useContext } from 'react';

const GraphQLUrl = createContext<string>(__GRAPHQL_URL__);

/** The API address this site talks to (config.json's, else the build's). */
export const GraphQLUrlProvider = GraphQLUrl.Provider;

export function useGraphQLUrl(): string {
  return useContext(GraphQLUrl);
}

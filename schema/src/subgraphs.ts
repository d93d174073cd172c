// The four subgraphs of the supergraph: their names, default URLs and SDL files.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

export const subgraphs = [
  { name: 'learners', url: 'http://localhost:4001/graphql' },
  { name: 'courses', url: 'http://localhost:4002/graphql' },
  { name: 'content', url: 'http://localhost:4003/graphql' },
  { name: 'history', url: 'http://localhost:4004/graphql' },
] as const;

export function subgraphDefinitions() {
  return subgraphs.map((s) => ({
    ...s,
    typeDefs: parse(
      readFileSync(new URL(`../../subgraphs/${s.name}/schema.graphql`, import.meta.url), 'utf8'),
    ),
  }));
}

// The four subgraphs of the supergraph: their names, default URLs (from the contracts' topology) and SDL files.
import { readFileSync } from 'node:fs';
import { defaultGraphqlUrl, subgraphNames } from '@baeumteo/contracts';
import { parse } from 'graphql';

export const subgraphs = subgraphNames.map((name) => ({ name, url: defaultGraphqlUrl(name) }));

export function subgraphDefinitions() {
  return subgraphs.map((s) => ({
    ...s,
    typeDefs: parse(
      readFileSync(new URL(`../../subgraphs/${s.name}/schema.graphql`, import.meta.url), 'utf8'),
    ),
  }));
}

// `pnpm compose` writes schema/supergraph.graphql from the four subgraph SDLs;
// `pnpm compose:check` fails when the committed file differs from a fresh composition.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { subgraphDefinitions } from './subgraphs.ts';

export const supergraphFile = new URL('../supergraph.graphql', import.meta.url);

export function composeSupergraph(): string {
  const result = composeServices(subgraphDefinitions());
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const composed = composeSupergraph();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(supergraphFile, 'utf8');
    if (committed !== composed) {
      console.error('schema/supergraph.graphql is stale: run `pnpm compose` and commit the result.');
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
  } else {
    writeFileSync(supergraphFile, composed);
    console.log('wrote schema/supergraph.graphql');
  }
}

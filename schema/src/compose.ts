// `pnpm compose` writes schema/supergraph.graphql (what the gateway serves) and schema/api.graphql
// (the public API schema clients see: what the web's typed documents are generated from) from the
// four subgraph SDLs; `pnpm compose:check` fails when either committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { subgraphDefinitions } from './subgraphs.ts';

// Composition builds its schema with graphql's CommonJS build; print it with the same build.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const supergraphFile = new URL('../supergraph.graphql', import.meta.url);
export const apiSchemaFile = new URL('../api.graphql', import.meta.url);

export interface Composed {
  supergraph: string;
  api: string;
}

export function composeSupergraph(): Composed {
  const result = composeServices(subgraphDefinitions());
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trimEnd()}\n`,
    api: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd()}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const composed = composeSupergraph();
  const files = [
    { file: supergraphFile, text: composed.supergraph },
    { file: apiSchemaFile, text: composed.api },
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(({ file, text }) => readFileSync(file, 'utf8') !== text);
    for (const { file } of stale) {
      console.error(
        `schema/${file.pathname.split('/').pop()} is stale: run \`pnpm compose\` and commit the result.`,
      );
    }
    if (stale.length > 0) process.exit(1);
    console.log('schema/supergraph.graphql and schema/api.graphql are up to date.');
  } else {
    for (const { file, text } of files) writeFileSync(file, text);
    console.log('wrote schema/supergraph.graphql and schema/api.graphql');
  }
}

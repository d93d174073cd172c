// `pnpm codegen` writes every generated GraphQL type: each subgraph's resolver types (from its own
// SDL, federation-aware, mapped to its row types) and the web's typed documents (from the public
// API schema, schema/api.graphql). `pnpm codegen:check` fails when a generated file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { subgraphTargets } from './subgraphs/codegen.config.ts';
import { webTargets } from './web/codegen.config.ts';

const config: CodegenConfig = {
  overwrite: true,
  generates: { ...subgraphTargets, ...webTargets },
  hooks: { afterOneFileWrite: ['node scripts/codegen-no-any.mjs'] },
};

export default config;

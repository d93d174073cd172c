import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types per subgraph (filled in by the codegen work). */
export const subgraphTargets: CodegenConfig['generates'] = {};

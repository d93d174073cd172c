import type { CodegenConfig } from '@graphql-codegen/cli';

/** The web's typed documents (filled in by the codegen work). */
export const webTargets: CodegenConfig['generates'] = {};

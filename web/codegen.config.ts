import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web's typed documents: every operation and fragment in web/src, written with the generated
 * `graphql()`, checked against the public API schema (schema/api.graphql, written by `pnpm compose`).
 * Paths are relative to the repository root, where `pnpm codegen` runs.
 */
export const webTargets: CodegenConfig['generates'] = {
  'web/src/generated/': {
    schema: 'schema/api.graphql',
    // Tests write their own documents with `gql` and are not shipped: they stay out of the generated map.
    documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**', '!web/src/**/*.test.{ts,tsx}'],
    preset: 'client',
    presetConfig: {
      // A component reads its fragment's fields and nothing else; `getFragmentData` is a plain
      // function, not a hook (the preset's default name, `useFragment`, reads like one).
      fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
    },
    config: {
      scalars: { DateTime: 'string' },
      // No `any` for a scalar this config does not know yet.
      defaultScalarType: 'unknown',
      // Enums as string unions: no runtime code, and `verbatimModuleSyntax` is happy.
      enumsAsTypes: true,
      useTypeImports: true,
      // A nullable field is `T | null`, never missing: the API always answers every field asked for.
      avoidOptionals: { field: true, inputValue: false },
      skipTypeNameForRoot: true,
    },
  },
};

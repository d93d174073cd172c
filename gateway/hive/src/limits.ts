// The query limits of our Apollo gateway, at the same points of Hive's pipeline: `first` clamped
// before anything reads the query (gateway/src clamp.ts), the token limit while parsing, and
// depth, aliases, cost and directives as validation rules (gateway/src limits.ts).
import { clampListArguments } from '@baeumteo/gateway/clamp';
import { parseOptions, validationRules } from '@baeumteo/gateway/limits';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError, parse } from 'graphql';

/**
 * A document that does not parse, or has too many tokens, is the client's error: coded here
 * rather than by Yoga, which recognizes only syntax errors of its own graphql-js instance.
 */
function parseFailed(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { source, positions } = error as Partial<GraphQLError>;
  return new GraphQLError(error.message, {
    source,
    positions,
    originalError: error,
    extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
  });
}

export function useQueryLimits(): GatewayPlugin {
  return {
    onParams({ params, setParams }) {
      const { query, variables } = params;
      // Only well-formed parameters: Yoga refuses the others next (variables given as a string,
      // a number or an array), which clamping would have turned into an object.
      if (typeof query !== 'string') return;
      if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return;
      const clamped = clampListArguments(query, variables ?? undefined);
      setParams({ ...params, query: clamped.query, variables: clamped.variables });
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, ...parseOptions });
        } catch (error) {
          throw parseFailed(error);
        }
      });
    },
    onValidate({ addValidationRule }) {
      for (const rule of validationRules) addValidationRule(rule);
    },
  };
}

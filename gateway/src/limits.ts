// Query limits: depth, aliases, cost, directives (graphql-armor validation rules) and tokens
// (graphql-js parser), all answered without telling the limit.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, GraphQLFormattedError, ValidationContext, ValidationRule } from 'graphql';

export const limits = { depth: 12, aliases: 20, cost: 20_000, directives: 30, tokens: 3_000 };

// Report limit errors as validation errors (400) instead of throwing from the rule (500).
const hidden = {
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const limitMessages = {
  depth: 'The query is nested too deeply.',
  aliases: 'The query uses too many aliases.',
  cost: 'The query is too expensive.',
  directives: 'The query uses too many directives.',
  tokens: 'The query is too long.',
};

export const validationRules: ValidationRule[] = [
  maxDepthRule({ n: limits.depth, ...hidden, errorMessage: limitMessages.depth }),
  maxAliasesRule({ n: limits.aliases, ...hidden, errorMessage: limitMessages.aliases }),
  costLimitRule({ maxCost: limits.cost, ...hidden, errorMessage: limitMessages.cost }),
  maxDirectivesRule({ n: limits.directives, ...hidden, errorMessage: limitMessages.directives }),
];

export const parseOptions = { maxTokens: limits.tokens };

/**
 * graphql-js and graphql-armor word their limit errors as syntax errors and with the numbers;
 * Apollo Server prefixes errors of the context function.
 */
export function rewordError(error: GraphQLFormattedError): GraphQLFormattedError {
  if (error.message.startsWith('Context creation failed: ')) {
    return { ...error, message: error.message.slice('Context creation failed: '.length) };
  }
  if (/^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(error.message)) {
    return { ...error, message: limitMessages.tokens, locations: [] };
  }
  const message = error.message.replace(/^Syntax Error: (?=The query )/, '');
  return message === error.message ? error : { ...error, message };
}

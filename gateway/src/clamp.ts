// List arguments are clamped at the edge: `first` above 100 becomes 100, whether written in
// the query or passed as a variable, before cost analysis and planning see it.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxPageSize } from '@baeumteo/server';
import { type ArgumentNode, Kind, parse, print, visit } from 'graphql';
import type { GatewayContext } from './context.ts';
import { parseOptions } from './limits.ts';

const listArguments = new Set(['first']);

export function clampListArguments(
  query: string,
  variables: Record<string, unknown> | undefined,
): { query: string; variables: Record<string, unknown> | undefined } {
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query, parseOptions);
  } catch {
    return { query, variables }; // Apollo Server reports the syntax error itself.
  }
  let changed = false;
  const clampedVariables = variables ? { ...variables } : undefined;
  const clamped = visit(document, {
    Argument(node: ArgumentNode) {
      if (!listArguments.has(node.name.value)) return undefined;
      if (node.value.kind === Kind.INT && Number(node.value.value) > maxPageSize) {
        changed = true;
        return { ...node, value: { kind: Kind.INT, value: String(maxPageSize) } };
      }
      if (node.value.kind === Kind.VARIABLE && clampedVariables) {
        const name = node.value.name.value;
        const value = clampedVariables[name];
        if (typeof value === 'number' && value > maxPageSize) clampedVariables[name] = maxPageSize;
      }
      return undefined;
    },
  });
  return { query: changed ? print(clamped) : query, variables: clampedVariables };
}

export function clampPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      if (typeof request.query !== 'string') return;
      const clamped = clampListArguments(request.query, request.variables);
      request.query = clamped.query;
      request.variables = clamped.variables;
    },
  };
}

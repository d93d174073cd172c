// List arguments are clamped at the edge: `first` above 100 becomes 100, whether written in
// the query or passed as a variable, before cost analysis and planning see it. What a query text
// needs (its clamped text, and which variables feed a `first`) is worked out once per text and
// remembered: a city site sends the same few queries all day, and parsing each again cost 2 %.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxPageSize } from '@baeumteo/server';
import { type ArgumentNode, Kind, parse, print, visit } from 'graphql';
import type { GatewayContext } from './context.ts';
import { parseOptions } from './limits.ts';

const listArguments = new Set(['first']);

interface Clamping {
  /** The text to run: the same text unless a literal was clamped. */
  query: string;
  /** The variables that feed a list argument. */
  variables: string[];
}

function clampingOf(query: string): Clamping {
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query, parseOptions);
  } catch {
    return { query, variables: [] }; // Apollo Server reports the syntax error itself.
  }
  let changed = false;
  const variables = new Set<string>();
  const clamped = visit(document, {
    Argument(node: ArgumentNode) {
      if (!listArguments.has(node.name.value)) return undefined;
      if (node.value.kind === Kind.INT && Number(node.value.value) > maxPageSize) {
        changed = true;
        return { ...node, value: { kind: Kind.INT, value: String(maxPageSize) } };
      }
      if (node.value.kind === Kind.VARIABLE) variables.add(node.value.name.value);
      return undefined;
    },
  });
  return { query: changed ? print(clamped) : query, variables: [...variables] };
}

/** Remembers the clamping of the last texts seen (oldest forgotten first); long texts are not kept. */
const remembered = new Map<string, Clamping>();
const rememberedTexts = 1_000;
const longestRemembered = 20_000;

export function clampListArguments(
  query: string,
  variables: Record<string, unknown> | undefined,
): { query: string; variables: Record<string, unknown> | undefined } {
  let clamping = remembered.get(query);
  if (!clamping) {
    clamping = clampingOf(query);
    if (query.length <= longestRemembered) {
      if (remembered.size >= rememberedTexts) remembered.delete(remembered.keys().next().value as string);
      remembered.set(query, clamping);
    }
  }
  let clampedVariables = variables;
  for (const name of clamping.variables) {
    const value = variables?.[name];
    if (typeof value === 'number' && value > maxPageSize) {
      clampedVariables = { ...clampedVariables, [name]: maxPageSize };
    }
  }
  return { query: clamping.query, variables: clampedVariables };
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

// How the gateway calls a subgraph: with the shared secret, the request's correlation id and
// a time limit, so that a slow or stopped subgraph costs only the fields it owns.
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { correlationHeader, encodeOrigin, gatewaySecretHeader } from '@baeumteo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './context.ts';

export interface SubgraphCallOptions {
  url: string;
  secret: string;
  timeoutMs: number;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly secret: string;

  constructor(options: SubgraphCallOptions) {
    super({
      url: options.url,
      fetcher: ((url: string, init: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
    this.secret = options.secret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    for (const [name, value] of Object.entries(subgraphHeaders(context, this.secret))) {
      request.http?.headers.set(name, value);
    }
  }

  /**
   * A subgraph that does not answer (stopped, timed out, or an HTTP error) fails its whole fetch.
   * @apollo/gateway would report that as one error without a path; answer instead one error for
   * each field the fetch was to supply, with its path, so the client learns which nulls are
   * missing data. The gateway masks them; the cause stays on each error for the log.
   */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!('incomingRequestContext' in options) || !options.request.query) throw error;
      const document = options.document ?? parse(options.request.query);
      const message = error instanceof Error ? error.message : String(error);
      const paths = fetchedPaths(document, options.request.variables?.representations);
      const errors = (paths.length > 0 ? paths : [undefined]).map((path) =>
        Object.assign(new Error(message, { cause: error }), path ? { path } : {}),
      );
      return { errors };
    }
  }
}

/**
 * The response paths a subgraph fetch answers: each root field, or, for an `_entities` fetch,
 * each field asked of each representation (`["_entities", i, field]`, as a subgraph would say).
 */
function fetchedPaths(document: DocumentNode, representations: unknown): (string | number)[][] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const keys = (set: SelectionSetNode, typename?: string): string[] =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) {
        return selection.name.value === '__typename' ? [] : [selection.alias?.value ?? selection.name.value];
      }
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      const type = fragment?.typeCondition?.name.value;
      if (!fragment || (type && typename && type !== typename)) return [];
      return keys(fragment.selectionSet, typename);
    });
  const entities = operation.selectionSet.selections.find(
    (s) => s.kind === Kind.FIELD && s.name.value === '_entities',
  );
  if (entities?.kind === Kind.FIELD && entities.selectionSet && Array.isArray(representations)) {
    const set = entities.selectionSet;
    return representations.flatMap((representation, i) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      const fields = new Set(keys(set, typeof typename === 'string' ? typename : undefined));
      return [...fields].map((key) => ['_entities', i, key]);
    });
  }
  return [...new Set(keys(operation.selectionSet))].map((key) => [key]);
}

/**
 * What the gateway sends a subgraph with every request (GraphQL or a download): the secret, the
 * correlation id, and the verified caller signed with the secret (subgraphs refuse a forged one).
 */
export function subgraphHeaders(context: Partial<GatewayContext>, secret: string): Record<string, string> {
  return {
    [gatewaySecretHeader]: secret,
    ...(context.correlationId ? { [correlationHeader]: context.correlationId } : {}),
    ...encodeOrigin({ caller: context.caller ?? null, ip: context.ip ?? null }, secret),
  };
}

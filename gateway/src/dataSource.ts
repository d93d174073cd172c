// How the gateway calls a subgraph: each request signed for that subgraph with the gateway's own
// key (an assertion carrying the verified caller, bound to the exact body), with the request's
// correlation id and a time limit, so that a slow or stopped subgraph costs only the fields it owns.
// Each fetch is timed for /metrics (per subgraph: duration, and failures by reason). The requests
// go through the subgraph's own pool of keep-alive connections (subgraphClient.ts), and identical
// reads in flight at once for the same audience are sent once (inflight.ts).
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type ServiceSigner, subgraphFetchTimer } from '@baeumteo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './context.ts';
import { audienceOf, type InflightReads } from './inflight.ts';
import { gatewayMetrics } from './metrics.ts';
import { signFor } from './signing.ts';
import type { SubgraphClient } from './subgraphClient.ts';

export interface SubgraphCallOptions {
  /** The subgraph's name: the audience its requests are signed for. */
  name: string;
  url: string;
  signer: ServiceSigner<'gateway'>;
  /** Its connections, with the time limit of each call. */
  client: SubgraphClient;
  /** Reads in flight, shared by every subgraph's data source. */
  inflight: InflightReads;
}

/** What willSendRequest hands the fetcher about the request. */
interface PendingOrigin extends Partial<GatewayContext> {
  mutation?: boolean;
}

/**
 * The origin travels from willSendRequest (which knows the request's context) to the fetcher
 * (which sees the exact body) in this header; the fetcher turns it into the signed assertion and
 * never sends it.
 */
const pendingOrigin = 'x-baeumteo-pending-origin';

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: SubgraphCallOptions) {
    const timeFetch = subgraphFetchTimer(gatewayMetrics());
    const shared = gatewayMetrics().counter({
      name: 'baeumteo_subgraph_fetches_shared_total',
      help: 'Subgraph reads answered by an identical fetch already in flight for the same audience, by subgraph.',
      labelNames: ['subgraph'],
    });
    super({
      url: options.url,
      fetcher: (async (url: string, init: RequestInit & { headers: Record<string, string> }) => {
        const { [pendingOrigin]: origin, ...headers } = init.headers;
        const { mutation, ...context } = JSON.parse(origin ?? '{}') as PendingOrigin;
        const body = typeof init.body === 'string' ? init.body : '';
        const send = async () => {
          const target = new URL(url);
          const proof = await signFor(
            options.signer,
            options.name,
            { method: init.method ?? 'POST', path: target.pathname + target.search, body },
            context,
          );
          const done = timeFetch(options.name);
          try {
            const response = await options.client.post(url, { ...headers, ...proof }, body);
            done({ status: response.status });
            return response;
          } catch (error) {
            done({ error });
            throw error;
          }
        };
        const audience = audienceOf(context.caller ?? null);
        if (audience === null) return send();
        if (mutation) {
          options.inflight.forget(audience);
          return send();
        }
        const read = options.inflight.share(audience, options.name, body, send);
        if (read.shared) shared.inc({ subgraph: options.name });
        return read.answer;
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { correlationId, caller, ip } = context;
    const mutation = /^\s*mutation\b/.test(request.query ?? '');
    const origin: PendingOrigin = { correlationId, caller, ip, mutation };
    request.http?.headers.set(pendingOrigin, JSON.stringify(origin));
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

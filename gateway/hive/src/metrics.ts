// The gateway's series and access lines, the same under either engine (packages/server
// operationMetrics.ts and subgraphMetrics.ts are fed by both gateways, into gateway/src metrics.ts's
// registry, which the shared /metrics route exports): requests per operation with their outcome,
// HTTP status and latency; each subgraph fetch with its duration and why it failed; and the
// operation's name on the request's access line.
import { performance } from 'node:perf_hooks';
import type { GatewayEdge } from '@baeumteo/gateway/edge';
import { gatewayMetrics } from '@baeumteo/gateway/metrics';
import { noteOperation, operationRecorder, subgraphFetchTimer } from '@baeumteo/server';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { type DocumentNode, getOperationAST } from 'graphql';
import type { HiveContext } from './context.ts';

interface HttpExtension {
  status?: number;
}

export function useGatewayMetrics(subgraphs: GatewayEdge['subgraphs']): GatewayPlugin<HiveContext> {
  const metrics = gatewayMetrics();
  const record = operationRecorder(metrics);
  const timeFetch = subgraphFetchTimer(metrics);
  const subgraphAt = new Map(subgraphs.map((s) => [s.url, s.name]));
  const startedAt = new WeakMap<Request, number>();
  // Named by the document (a valid GraphQL name by construction), else by the request's field.
  const documentNames = new WeakMap<Request, string>();
  return {
    onRequest({ request }) {
      startedAt.set(request, performance.now());
    },
    onParse({ context }) {
      return ({ result }) => {
        if (!result || result instanceof Error) return;
        const operationName = context.params?.operationName ?? undefined;
        const name = getOperationAST(result as DocumentNode, operationName)?.name?.value;
        if (!name) return;
        documentNames.set(context.request, name);
        noteOperation(name);
      };
    },
    onFetch({ url, fetchFn, setFetchFn }) {
      const subgraph = subgraphAt.get(url);
      if (!subgraph) return;
      setFetchFn(async (...args) => {
        const done = timeFetch(subgraph);
        try {
          const response = await fetchFn(...args);
          done({ status: response.status });
          return response;
        } catch (error) {
          done({ error });
          throw error;
        }
      });
    },
    // After usePublicErrors (gateway.ts lists it first): the codes and status the client gets.
    onResultProcess({ request, result, serverContext }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      // Yoga keeps the request's GraphQL parameters on the context it built from serverContext.
      const { params } = serverContext as { params?: { operationName?: string | null } };
      const given = params?.operationName ?? undefined;
      const started = startedAt.get(request) ?? performance.now();
      record({
        name: documentNames.get(request) ?? given,
        status: (result.extensions?.http as HttpExtension | undefined)?.status ?? 200,
        errorCodes: (result.errors ?? []).map((error) => error.extensions?.code),
        seconds: (performance.now() - started) / 1000,
      });
    },
  };
}

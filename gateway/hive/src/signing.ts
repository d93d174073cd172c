// Every request Hive sends a subgraph carries the assertion our Apollo gateway signs (gateway/src
// signing.ts): the gateway's key over this exact method, path and body, with the verified caller,
// the client's address and the correlation id. A subgraph that answers with an HTTP error fails
// the whole fetch, as with @apollo/gateway: its body (a refusal, a stack) never reaches a client.
import type { GatewayEdge } from '@baeumteo/gateway/edge';
import { signFor } from '@baeumteo/gateway/signing';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import type { HiveContext } from './context.ts';

function headersOf(init: HeadersInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

export function useSignedSubgraphCalls(edge: GatewayEdge): GatewayPlugin<HiveContext> {
  const subgraphAt = new Map(edge.subgraphs.map((s) => [s.url, s.name]));
  return {
    async onFetch({ url, options, setOptions, context }) {
      const subgraph = subgraphAt.get(url);
      if (!subgraph) return;
      const body = options.body ?? '';
      // The assertion covers the body's exact text; anything else would be refused downstream.
      if (typeof body !== 'string') throw new Error(`a request to ${subgraph} has a body that is not text`);
      const target = new URL(url);
      // Hive fetches with the request's context (only fetches of its own, with none, lack it).
      const origin = context as Partial<HiveContext>;
      const proof = await signFor(
        edge.signer,
        subgraph,
        { method: options.method ?? 'POST', path: target.pathname + target.search, body },
        { correlationId: origin.correlationId, caller: origin.caller ?? null, ip: origin.ip ?? null },
      );
      setOptions({ ...options, headers: { ...headersOf(options.headers), ...proof } });
      return ({ response }) => {
        if (!response.ok) throw new Error(`${subgraph} answered HTTP ${response.status}`);
      };
    },
  };
}

// What the gateway sends a subgraph with every request, whichever engine makes it (@apollo/gateway's
// data source, Hive Gateway's fetch, the downloads proxy): the correlation id, and the assertion
// signed for that subgraph over this very request, carrying the verified caller.
import { correlationHeader, type ServiceSigner } from '@baeumteo/server';
import type { GatewayContext } from './context.ts';

/**
 * The headers for one request to `subgraph`: the assertion binds the method, path and exact body
 * and carries the caller and the client's address (subgraphs refuse anything else).
 */
export async function signFor(
  signer: ServiceSigner<'gateway'>,
  subgraph: string,
  request: { method: string; path: string; body: string },
  context: Partial<GatewayContext> = {},
): Promise<Record<string, string>> {
  const proof = await signer.sign(subgraph, request, {
    caller: context.caller ?? null,
    ip: context.ip ?? null,
    correlationId: context.correlationId ?? null,
  });
  return { ...(context.correlationId ? { [correlationHeader]: context.correlationId } : {}), ...proof };
}

// How the gateway calls a subgraph: with the shared secret, the request's correlation id and
// a time limit, so that a slow or stopped subgraph costs only the fields it owns.
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { correlationHeader, encodeOrigin, gatewaySecretHeader } from '@baeumteo/server';
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

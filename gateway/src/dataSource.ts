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
    request.http?.headers.set(gatewaySecretHeader, this.secret);
    if (context.correlationId) request.http?.headers.set(correlationHeader, context.correlationId);
    // The verified caller travels signed with the gateway secret; subgraphs refuse a forged one.
    const origin = encodeOrigin({ caller: context.caller ?? null, ip: context.ip ?? null }, this.secret);
    for (const [name, value] of Object.entries(origin)) request.http?.headers.set(name, value);
  }
}

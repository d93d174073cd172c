// Who a request comes from, settled before it runs: the correlation id, the client's address and
// the caller of a valid bearer token, exactly as our Apollo gateway settles it (gateway/src
// context.ts and identity.ts). A forged token or an unanswered session check ends the request here
// with UNAUTHENTICATED (401) or SERVICE_UNAVAILABLE (503).
import type { GatewayContext as CallerContext } from '@baeumteo/gateway/context';
import type { GatewayEdge } from '@baeumteo/gateway/edge';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import type { IncomingContext } from './bridge.ts';

/** The context every Hive hook of ours sees: Hive's own, with the request's origin and caller. */
export type HiveContext = IncomingContext & CallerContext;

export function useCaller(context: GatewayEdge['context']): GatewayPlugin<HiveContext> {
  return {
    async onContextBuilding({ context: current, extendContext }) {
      const { incoming, correlationId } = current as Partial<IncomingContext>;
      if (!incoming || !correlationId) throw new Error('a request reached Hive without passing serveHttp');
      extendContext(await context(incoming, correlationId));
    },
  };
}

// What the gateway knows of a request: its correlation id and its verified caller.
import type { IncomingMessage } from 'node:http';
import type { Caller, CorrelatedContext } from '@baeumteo/server';
import { GraphQLError } from 'graphql';

export interface GatewayContext extends CorrelatedContext {
  caller: Caller | null;
  ip: string | null;
}

export type VerifyToken = (token: string) => Promise<Caller>;

function unauthenticated(correlationId: string): GraphQLError {
  // The same answer for a forged, expired, wrongly signed or `alg: none` token: never a guest.
  return new GraphQLError('The access token is not valid. Sign in again.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 }, correlationId },
  });
}

export async function createGatewayContext(
  req: IncomingMessage,
  correlationId: string,
  verify: VerifyToken,
): Promise<GatewayContext> {
  const ip = req.socket.remoteAddress ?? null;
  const authorization = req.headers.authorization;
  if (!authorization) return { correlationId, caller: null, ip };
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization);
  if (!match?.[1]) throw unauthenticated(correlationId);
  try {
    return { correlationId, caller: await verify(match[1]), ip };
  } catch {
    throw unauthenticated(correlationId);
  }
}

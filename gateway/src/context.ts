// What the gateway knows of a request: its correlation id, its client and its verified caller.
import type { IncomingMessage } from 'node:http';
import { type Caller, type CorrelatedContext, clientAddress } from '@baeumteo/server';
import { GraphQLError } from 'graphql';
import type { AddressOf } from './identity.ts';
import { SessionCheckUnavailableError } from './sessions.ts';

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

function unavailable(correlationId: string): GraphQLError {
  // The token may well be valid: the client should retry, not sign the learner out.
  return new GraphQLError('Signing in cannot be checked right now. Try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 }, correlationId },
  });
}

export async function createGatewayContext(
  req: IncomingMessage,
  correlationId: string,
  verify: VerifyToken,
  addressOf: AddressOf = (r) => clientAddress(r, null),
): Promise<GatewayContext> {
  const ip = addressOf(req);
  const authorization = req.headers.authorization;
  if (!authorization) return { correlationId, caller: null, ip };
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization);
  if (!match?.[1]) throw unauthenticated(correlationId);
  try {
    return { correlationId, caller: await verify(match[1]), ip };
  } catch (error) {
    if (error instanceof SessionCheckUnavailableError) throw unavailable(correlationId);
    throw unauthenticated(correlationId);
  }
}

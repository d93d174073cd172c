// An internal HTTP endpoint as one definition that both sides use: the caller's typed client and
// the owner's handler validate against the same schemas, so a change to one side fails to compile
// (or, for a service not yet redeployed, to validate) on the other. The definition also names who
// may call it: the client must sign as one of them (checked by the compiler), and the handler
// refuses any other verified sender.
import type { z } from 'zod';
import { reasonOf } from '../events/stream.ts';

export type ServiceId = 'gateway' | 'learners' | 'courses' | 'content' | 'history' | 'notifications';

export interface Endpoint<Req extends z.ZodType, Res extends z.ZodType, From extends ServiceId = ServiceId> {
  /** The service that answers it. */
  owner: Exclude<ServiceId, 'gateway'>;
  /** The services allowed to call it; the owner refuses any other sender (403). */
  callers: readonly From[];
  method: 'POST';
  path: string;
  request: Req;
  response: Res;
}

export const defineEndpoint = <Req extends z.ZodType, Res extends z.ZodType, From extends ServiceId>(
  endpoint: Endpoint<Req, Res, From>,
) => endpoint;

/** The services that may call an endpoint. */
export type CallerOf<E> = E extends Endpoint<z.ZodType, z.ZodType, infer From> ? From : never;

/** What a client signs its requests with: the sender's identity and its key (packages/server's serviceSigner). */
export interface EndpointSigner<From extends ServiceId> {
  readonly issuer: From;
  sign(
    audience: string,
    request: { method: string; path: string; body: string },
  ): Promise<Record<string, string>>;
}

export interface ClientOptions<From extends ServiceId> {
  /** The owner's base URL, e.g. http://localhost:4004 (any path is replaced by the endpoint's). */
  url: string;
  /** Signs each request for the owner, as one of the endpoint's callers. */
  signer: EndpointSigner<From>;
  timeoutMs?: number;
}

export class EndpointError extends Error {}

/** Calls the endpoint; the answer is checked against the endpoint's response schema. */
export function endpointClient<Req extends z.ZodType, Res extends z.ZodType, From extends ServiceId>(
  endpoint: Endpoint<Req, Res, From>,
  options: ClientOptions<NoInfer<From>>,
): (body: z.input<Req>) => Promise<z.output<Res>> {
  const target = new URL(endpoint.path, options.url);
  return async (body) => {
    const json = JSON.stringify(endpoint.request.parse(body));
    const proof = await options.signer.sign(endpoint.owner, {
      method: endpoint.method,
      path: target.pathname + target.search,
      body: json,
    });
    const response = await fetch(target, {
      method: endpoint.method,
      headers: { 'content-type': 'application/json', ...proof },
      body: json,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok)
      throw new EndpointError(`${endpoint.owner} answered ${response.status} to ${endpoint.path}`);
    const answer = endpoint.response.safeParse(await response.json());
    if (!answer.success)
      throw new EndpointError(`${endpoint.owner} answered ${endpoint.path} in another shape`);
    return answer.data;
  };
}

export interface HandlerResult {
  status: number;
  body: unknown;
}

/** Thrown by a handler to refuse a request that fits the schema but may not be served. */
export class EndpointRefusal extends Error {
  readonly status: 400 | 403 | 409;
  // No parameter property: services run on Node's own type stripping, which erases types only.
  constructor(status: 400 | 403 | 409, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * The owner's side, given the body and the verified sender: a sender that is not one of the
 * endpoint's callers is refused (403), a request that does not fit the schema answers 400 with
 * the reason.
 */
export function endpointHandler<Req extends z.ZodType, Res extends z.ZodType, From extends ServiceId>(
  endpoint: Endpoint<Req, Res, From>,
  handle: (body: z.output<Req>, from: From) => Promise<z.input<Res>>,
): (body: unknown, from: string) => Promise<HandlerResult> {
  const callers: readonly string[] = endpoint.callers;
  const isCaller = (from: string): from is From => callers.includes(from);
  return async (raw, from) => {
    if (!isCaller(from)) {
      return { status: 403, body: { error: `${endpoint.path} does not answer ${from}` } };
    }
    const request = endpoint.request.safeParse(raw);
    if (!request.success) {
      return { status: 400, body: { error: `Bad request to ${endpoint.path}: ${reasonOf(request.error)}` } };
    }
    try {
      return { status: 200, body: await handle(request.data, from) };
    } catch (error) {
      if (error instanceof EndpointRefusal) return { status: error.status, body: { error: error.message } };
      throw error;
    }
  };
}

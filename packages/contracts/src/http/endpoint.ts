// An internal HTTP endpoint as one definition that both sides use: the caller's typed client and
// the owner's handler validate against the same schemas, so a change to one side fails to compile
// (or, for a service not yet redeployed, to validate) on the other.
import type { z } from 'zod';
import { reasonOf } from '../events/stream.ts';

export interface Endpoint<Req extends z.ZodType, Res extends z.ZodType> {
  /** The service that answers it. */
  owner: 'learners' | 'courses' | 'content' | 'history';
  method: 'POST';
  path: string;
  request: Req;
  response: Res;
}

export const defineEndpoint = <Req extends z.ZodType, Res extends z.ZodType>(endpoint: Endpoint<Req, Res>) =>
  endpoint;

export interface ClientOptions {
  /** The owner's base URL, e.g. http://localhost:4004 (any path is replaced by the endpoint's). */
  url: string;
  /** Headers that prove the caller to the owner, made per request. */
  headers: () => Record<string, string>;
  timeoutMs?: number;
}

export class EndpointError extends Error {}

/** Calls the endpoint; the answer is checked against the endpoint's response schema. */
export function endpointClient<Req extends z.ZodType, Res extends z.ZodType>(
  endpoint: Endpoint<Req, Res>,
  options: ClientOptions,
): (body: z.input<Req>) => Promise<z.output<Res>> {
  const target = new URL(endpoint.path, options.url);
  return async (body) => {
    const response = await fetch(target, {
      method: endpoint.method,
      headers: { 'content-type': 'application/json', ...options.headers() },
      body: JSON.stringify(endpoint.request.parse(body)),
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

/** The owner's side: a request that does not fit the schema answers 400 with the reason. */
export function endpointHandler<Req extends z.ZodType, Res extends z.ZodType>(
  endpoint: Endpoint<Req, Res>,
  handle: (body: z.output<Req>) => Promise<z.input<Res>>,
): (body: unknown) => Promise<HandlerResult> {
  return async (raw) => {
    const request = endpoint.request.safeParse(raw);
    if (!request.success) {
      return { status: 400, body: { error: `Bad request to ${endpoint.path}: ${reasonOf(request.error)}` } };
    }
    return { status: 200, body: await handle(request.data) };
  };
}

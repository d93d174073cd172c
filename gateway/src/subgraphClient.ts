// The gateway's HTTP client for its subgraphs: one undici Agent per subgraph with a pool of
// keep-alive connections, and the time limit set on the Agent (for the answer's headers and
// between its body's chunks) instead of a timer and an AbortSignal made for every call. Answers
// the little of the Fetch API's Response that @apollo/gateway's data source reads.
import { STATUS_CODES } from 'node:http';
import { Agent, errors, request } from 'undici';

export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface SubgraphClient {
  post(url: string, headers: Record<string, string>, body: string): Promise<SubgraphResponse>;
  close(): Promise<void>;
}

/** A subgraph that takes longer than the limit: named as AbortSignal.timeout names it (subgraphMetrics). */
class SubgraphTimeoutError extends Error {
  override name = 'TimeoutError';
}

export function subgraphClient(options: { timeoutMs: number; connections?: number }): SubgraphClient {
  const agent = new Agent({
    connections: options.connections ?? 128,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 30_000,
  });
  return {
    async post(url, headers, body) {
      try {
        const answer = await request(url, { method: 'POST', headers, body, dispatcher: agent });
        const text = await answer.body.text();
        const get = (name: string) => {
          const value = answer.headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        };
        return {
          ok: answer.statusCode >= 200 && answer.statusCode < 300,
          status: answer.statusCode,
          statusText: STATUS_CODES[answer.statusCode] ?? '',
          url,
          headers: { get },
          text: async () => text,
          json: async () => JSON.parse(text),
        };
      } catch (error) {
        if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError)
          throw new SubgraphTimeoutError(`the subgraph did not answer within ${options.timeoutMs} ms`, {
            cause: error,
          });
        throw error;
      }
    },
    close: () => agent.close(),
  };
}

// The small pieces of the HTTP front: reading bodies, GraphQL-over-HTTP's legacy status rule,
// deadlines, and JSON answers.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class PayloadTooLargeError extends Error {}

const documentErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only application/json gets 200 for a well-formed
 * request whose document does not parse, validate or coerce (the errors are in the body);
 * application/graphql-response+json clients get the 400 that Apollo Server sends.
 */
export function isLegacyRequestError(status: number, contentType: string | undefined, body: string): boolean {
  if (status !== 400 || !contentType?.startsWith('application/json')) return false;
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return !!errors?.length && errors.every((e) => documentErrorCodes.has(e.extensions?.code ?? ''));
  } catch {
    return false;
  }
}

/** Reads the body's bytes, at most `limit`. */
export async function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A JSON body (or nothing); other content types are handed on as text for Apollo to refuse. */
export function parseBody(req: IncomingMessage, raw: Buffer): unknown {
  const text = raw.toString('utf8');
  if (text === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) return text;
  return JSON.parse(text);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** The work's result, or 'late' when it takes longer than `ms` (no limit when ms is undefined). */
export async function withDeadline<T>(work: Promise<T>, ms: number | undefined): Promise<T | 'late'> {
  if (ms === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

// Graceful shutdown and the request deadline of the HTTP front every process uses.
import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, serveHttp } from '../src/http.ts';

const typeDefs = 'type Query { slow(ms: Int!): String! }';
const resolvers = {
  Query: {
    slow: (_: unknown, { ms }: { ms: number }) => new Promise((r) => setTimeout(() => r('done'), ms)),
  },
};

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop().catch(() => {});
  server = undefined;
});

async function start(deadlineMs?: number): Promise<RunningServer> {
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  server = await serveHttp({
    service: 'test',
    apollo,
    port: 0,
    host: '127.0.0.1',
    context: async () => ({}),
    routes: { '/ready': async () => ({ status: 200, body: { status: 'ready' } }) },
    ...(deadlineMs ? { deadlineMs } : {}),
  });
  return server;
}

const slow = (url: string, ms: number) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ slow(ms: ${ms}) }` }),
  });

describe('draining', () => {
  it('turns /ready to 503 at once, finishes the request in flight, then refuses new connections', async () => {
    const running = await start();
    const ready = running.url.replace('/graphql', '/ready');
    expect((await fetch(ready)).status).toBe(200);
    const inFlight = slow(running.url, 400);
    await new Promise((r) => setTimeout(r, 50));
    const drained = running.drain!({ graceMs: 150, deadlineMs: 5_000 });
    const during = await fetch(ready);
    expect(during.status).toBe(503);
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { slow: 'done' } });
    await drained;
    await expect(fetch(ready)).rejects.toThrow();
  });

  it('cuts what is still running at the deadline', async () => {
    const running = await start();
    const stuck = slow(running.url, 10_000).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await running.drain!({ graceMs: 0, deadlineMs: 200 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await stuck).toBe('cut');
  });
});

describe('the request deadline', () => {
  it('answers 504 with a generic error and a correlation id when a request takes too long', async () => {
    const running = await start(150);
    const response = await slow(running.url, 1_000);
    expect(response.status).toBe(504);
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      correlationId: response.headers.get('x-correlation-id'),
    });
    expect((await slow(running.url, 10)).status).toBe(200);
  });
});

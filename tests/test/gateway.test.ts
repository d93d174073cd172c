// Gateway duties: trusted subgraph calls, partial answers when a subgraph is down or slow,
// masked errors with a correlation id, query limits, health and readiness.
import { createServer, type Server } from 'node:net';
import { startGateway } from '@baeumteo/gateway';
import type { RunningServer } from '@baeumteo/server';
import { testSigningKeys } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoInternals } from '../src/leaks.ts';
import { type Platform, postGraphQL, startPlatform, supergraphSdl } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const someContentId = async () => {
  const r = await platform.query<{ contents: { edges: { node: { id: string } }[] } }>(
    '{ contents(first: 1) { edges { node { id } } } }',
  );
  return r.body.data!.contents.edges[0]!.node.id;
};

describe('health and readiness', () => {
  it('answers /health and /ready, and stays ready while a subgraph is down (it costs only that subgraph’s fields)', async () => {
    expect((await fetch(`${platform.gatewayOrigin}/health`)).status).toBe(200);
    expect((await fetch(`${platform.gatewayOrigin}/ready`)).status).toBe(200);
    await platform.stopSubgraph('history');
    try {
      // One subgraph down must not pull every gateway out of the load balancer.
      const ready = await fetch(`${platform.gatewayOrigin}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.text()).not.toMatch(/history|localhost|127\.0\.0\.1/);
    } finally {
      await platform.restartSubgraph('history');
    }
    expect((await fetch(`${platform.gatewayOrigin}/ready`)).status).toBe(200);
  });
});

describe('subgraphs are private', () => {
  it('each subgraph refuses a call the gateway did not sign (401)', async () => {
    for (const service of Object.values(platform.services)) {
      const response = await postGraphQL(service.url, '{ __typename }');
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('a subgraph that is down', () => {
  it('costs only its own fields, and the platform recovers when it comes back', async () => {
    const contentId = await someContentId();
    const query = `query ($id: ID!) { cities { id } content(id: $id) { id title } }`;
    await platform.stopSubgraph('content');
    try {
      const response = await platform.query<{ cities: unknown[]; content: null }>(query, { id: contentId });
      expect(response.body.data?.cities).toHaveLength(32);
      expect(response.body.data?.content).toBeNull();
      expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expectNoInternals(response);
    } finally {
      await platform.restartSubgraph('content');
    }
    const again = await platform.query<{ content: { id: string } }>(query, { id: contentId });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.content.id).toBe(contentId);
  });

  it('a subgraph that does not answer is timed out, and the rest of the answer still arrives', async () => {
    // A peer that accepts connections and never answers: a hung subgraph.
    const hung: Server = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const port = (hung.address() as { port: number }).port;
    const services = platform.services;
    let gateway: RunningServer | undefined;
    try {
      gateway = await startGateway({
        port: 0,
        host: '127.0.0.1',
        key: testSigningKeys.gateway,
        supergraphSdl,
        subgraphTimeoutMs: 300,
        tokenKeys: [testSigningKeys.token.publicJwk],
        credentialKeys: [testSigningKeys.credential.publicJwk],
        subgraphUrls: {
          learners: services.learners.url,
          courses: services.courses.url,
          history: services.history.url,
          content: `http://127.0.0.1:${port}/graphql`,
        },
      });
      const started = Date.now();
      const response = await postGraphQL<{ cities: unknown[]; content: null }>(
        gateway.url,
        '{ cities { id } content(id: "00000000-0000-4000-8000-000000000000") { id } }',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.body.data?.cities).toHaveLength(32);
      expect(response.body.data?.content).toBeNull();
      expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expectNoInternals(response);
    } finally {
      await gateway?.stop();
      hung.close();
    }
  });
});

describe('errors', () => {
  it('an internal failure reaches the client as a generic error with a correlation id', async () => {
    const contentId = await someContentId();
    // Break the content database under the running subgraph.
    await platform.services.content.database.close();
    try {
      const response = await platform.query<{ content: null }>(`{ content(id: "${contentId}") { id } }`);
      const error = response.body.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toMatch(/correlation id/);
      expect(error?.extensions?.correlationId).toBe(response.headers.get('x-correlation-id'));
      expectNoInternals(response);
    } finally {
      await platform.stopSubgraph('content').catch(() => {});
      await platform.restartSubgraph('content');
    }
  });

  it("every error carries the request's correlation id, also the gateway's own validation errors", async () => {
    const response = await platform.query('{ cities { noSuchField } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.extensions?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('query limits', () => {
  it('refuses a query nested too deeply without telling the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `courses(first: 1) { edges { node { city { ${selection} } } } }`;
    const response = await platform.query(`{ cities { ${selection} } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/^The query is (nested too deeply|too expensive)\.$/);
    expect(JSON.stringify(response.body)).not.toMatch(/\d+ (levels|exceeded)|limit of/);
  });

  it('refuses alias floods and over-long documents', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: cities { id }`).join(' ');
    const flood = await platform.query(`{ ${aliases} }`);
    expect(flood.body.errors?.[0]?.message).toBe('The query uses too many aliases.');
    const long = await platform.query(
      `{ ${Array.from({ length: 2_000 }, () => 'cities { id }').join(' ')} }`,
    );
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0]?.message).toBe('The query is too long.');
  });

  it('refuses a body over 100 kB with 413', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ cities { id } } # ${'x'.repeat(120_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});

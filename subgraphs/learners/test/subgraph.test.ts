// The learners subgraph over HTTP: tenants, their skins, and City as a federated entity.
import type { SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph, testSigner } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { citiesRepo } from '../src/repo/cities.ts';
import { seedCatalog } from '../src/seed/catalog.ts';
import { startLearners } from '../src/service.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(startLearners, { seed: true });
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

describe('learners subgraph', () => {
  it('seeds the province and the 31 cities and counties once: seeding again changes nothing', async () => {
    expect(await citiesRepo(service.database.db).count()).toBe(32);
    await seedCatalog(service.database.db);
    expect(await citiesRepo(service.database.db).count()).toBe(32);
  });

  it('refuses calls without the gateway’s signed assertion', async () => {
    const response = await callSubgraph(service.url, '{ cities { id } }', undefined, { signer: null });
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
  });

  it('resolves City entities in one statement, null for unknown ids', async () => {
    const before = service.database.statementCount();
    const { data } = await callSubgraph<{
      _entities: ({ name: string; kind: string; site: { locales: string[] } } | null)[];
    }>(
      service.url,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on City { name kind site { locales } } } }`,
      { reps: ['ansan', 'yangpyeong', 'nowhere'].map((id) => ({ __typename: 'City', id })) },
    );
    expect(service.database.statementCount() - before).toBe(1);
    expect(data?._entities).toEqual([
      { name: '안산시', kind: 'CITY', site: { locales: ['KO', 'EN', 'ZH', 'VI'] } },
      { name: '양평군', kind: 'COUNTY', site: { locales: ['KO', 'EN'] } },
      null,
    ]);
  });

  it('names cities in English for every other locale', async () => {
    const { data } = await callSubgraph<{ city: Record<string, string> }>(
      service.url,
      '{ city(id: "uijeongbu") { ko: name en: name(locale: EN) vi: name(locale: VI) } }',
    );
    expect(data?.city).toEqual({ ko: '의정부시', en: 'Uijeongbu', vi: 'Uijeongbu' });
  });
});

describe('caller from the gateway', () => {
  it('refuses a caller header that the gateway did not sign', async () => {
    // A real assertion of the gateway for an anonymous caller, its payload swapped for a province admin.
    const body = JSON.stringify({ query: '{ me { id } }' });
    const proof = await testSigner('gateway').sign('learners', { method: 'POST', path: '/graphql', body });
    const [header, payload, signature] = (proof['x-baeumteo-assertion'] ?? '').split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const forged = Buffer.from(
      JSON.stringify({ ...claims, caller: { id: 'x', roles: [{ role: 'PROVINCE_ADMIN', cityId: null }] } }),
    ).toString('base64url');
    const response = await fetch(service.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-baeumteo-assertion': `${header}.${forged}.${signature}`,
      },
      body,
    });
    expect(response.status).toBe(401);
  });
});

// What a stranger probing the API learns: the public schema (introspection stays on, city
// developers generate clients from it), never suggestions of fields or types they guessed at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ seed: false });
});
afterAll(() => platform?.stop());

describe('schema details in errors', () => {
  it('answers a misspelt field without "Did you mean"', async () => {
    const response = await platform.query('{ cites { id } courses(first: 1) { totalCont } }');
    expect(response.body.errors?.length).toBeGreaterThan(0);
    for (const error of response.body.errors ?? []) {
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.message).not.toMatch(/did you mean/i);
      expect(error.message).not.toMatch(/"cities"|"totalCount"/);
    }
  });

  it('answers a misspelt enum value without naming the real ones', async () => {
    const response = await platform.query(
      '{ courses(filter: { category: VOCATONAL }, first: 1) { totalCount } }',
    );
    expect(response.body.errors?.[0]?.message).not.toMatch(/did you mean|VOCATIONAL/i);
  });

  it('keeps introspection on for city developers', async () => {
    const response = await platform.query<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(response.body.data?.__schema.queryType.name).toBe('Query');
  });
});

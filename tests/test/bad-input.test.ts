// Bad input through the gateway: clear errors with a code, never an exception or an internal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoInternals } from '../src/leaks.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

async function errorOf(query: string, variables?: Record<string, unknown>) {
  const response = await platform.query(query, variables);
  expectNoInternals(response);
  expect(response.body.errors?.length, JSON.stringify(response.body)).toBeGreaterThan(0);
  return { response, error: response.body.errors![0]! };
}

describe('bad input', () => {
  it('unknown ids answer null, not an error', async () => {
    const response = await platform.query(
      `{ course(id: "00000000-0000-4000-8000-000000000000") { id }
         malformed: course(id: "'; drop table courses; --") { id }
         city(id: "nowhere") { id } content(id: "x") { id } }`,
    );
    expect(response.body).toEqual({ data: { course: null, malformed: null, city: null, content: null } });
  });

  it('a malformed cursor is BAD_USER_INPUT on `after`', async () => {
    for (const after of [
      'garbage!',
      'eyJub3QiOiJhbiBhcnJheSJ9',
      Buffer.from('[1,2,3]').toString('base64url'),
    ]) {
      const { error, response } = await errorOf(
        'query ($after: String) { courses(after: $after) { totalCount } }',
        {
          after,
        },
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(error.message).toMatch(/cursor/i);
      expect(response.body.data).toBeNull();
    }
  });

  it('a negative `first` is BAD_USER_INPUT; a `first` above 100 is clamped to 100', async () => {
    const { error } = await errorOf('{ contents(first: -5) { totalCount } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const clamped = await platform.query<{ courses: { edges: unknown[] }; contents: { edges: unknown[] } }>(
      '{ courses(first: 100000) { edges { cursor } } contents(first: 101) { edges { cursor } } }',
    );
    expect(clamped.body.data?.courses.edges).toHaveLength(100);
    expect(clamped.body.data?.contents.edges).toHaveLength(100);
  });

  it('an invalid enum value is BAD_USER_INPUT naming the value', async () => {
    const { error } = await errorOf('query ($f: CourseFilter) { courses(filter: $f) { totalCount } }', {
      f: { category: 'ASTROLOGY' },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('ASTROLOGY');
  });

  it('an over-long search string is BAD_USER_INPUT on the search field', async () => {
    for (const query of [
      'query ($s: String) { courses(filter: { search: $s }) { totalCount } }',
      'query ($s: String) { contents(filter: { search: $s }) { totalCount } }',
    ]) {
      const { error } = await errorOf(query, { s: '가'.repeat(101) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    }
  });

  it('search text with SQL wildcards matches literally', async () => {
    const response = await platform.query<{ courses: { totalCount: number } }>(
      '{ courses(filter: { search: "%" }) { totalCount } }',
    );
    expect(response.body.data?.courses.totalCount).toBe(0);
  });

  it('an invalid DateTime-free query with a type error is a validation error, not a crash', async () => {
    const { error } = await errorOf('{ courses(first: "ten") { totalCount } }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

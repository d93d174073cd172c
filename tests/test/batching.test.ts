// DataLoader everywhere: the SQL statements for a page of courses with their city, venue,
// sessions and contents do not grow with the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, type SubgraphName, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

async function statementsFor(first: number): Promise<Record<SubgraphName, number>> {
  const before = Object.fromEntries(
    Object.entries(platform.services).map(([name, s]) => [name, s.database.statementCount()]),
  );
  const response = await platform.query<{ courses: { edges: unknown[] } }>(
    `query ($first: Int) { courses(first: $first) { totalCount edges { node {
       id title city { id name site { primaryColor } } venue { name city { name } } sessions { startsAt } totalHours
       contents { id title } } } } }`,
    { first },
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data?.courses.edges).toHaveLength(first);
  return Object.fromEntries(
    Object.entries(platform.services).map(([name, s]) => [
      name,
      s.database.statementCount() - (before[name] ?? 0),
    ]),
  ) as Record<SubgraphName, number>;
}

describe('batching', () => {
  it('runs as many statements for 100 courses as for 10', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(large).toEqual(small);
    // And few in absolute terms: a page, a count, venues, sessions; cities; contents.
    expect(large.courses).toBeLessThanOrEqual(5);
    expect(large.learners).toBeLessThanOrEqual(2);
    expect(large.content).toBeLessThanOrEqual(1);
  });

  it("runs as many statements for every city's courses as for one city's", async () => {
    const count = async (query: string) => {
      const before = platform.services.courses.database.statementCount();
      const response = await platform.query(query);
      expect(response.body.errors).toBeUndefined();
      return platform.services.courses.database.statementCount() - before;
    };
    const one = await count(
      '{ city(id: "suwon") { courses(first: 5) { totalCount edges { node { id } } } venues { id } } }',
    );
    const all = await count(
      '{ cities { courses(first: 5) { totalCount edges { node { id } } } venues { id } } }',
    );
    expect(all).toBe(one);
  });
});

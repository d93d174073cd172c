import { describe, expect, it } from 'vitest';
import { allNodes, type ConnectionPage } from './rosterPages';

/** A connection of `total` numbers served 100 at a time, as the API does. */
function pages(total: number) {
  const asked: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<ConnectionPage<number>> => {
    asked.push(after);
    const start = after ? Number(after) : 0;
    const nodes = Array.from({ length: Math.max(0, Math.min(100, total - start)) }, (_, i) => start + i);
    const end = start + nodes.length;
    return {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: end < total, endCursor: nodes.length ? String(end) : null },
      totalCount: total,
    };
  };
  return { asked, fetchPage };
}

describe('walking a connection', () => {
  it('gathers all 300 learners over three pages', async () => {
    const { asked, fetchPage } = pages(300);
    const progress: [number, number][] = [];
    const nodes = await allNodes(fetchPage, (loaded, total) => progress.push([loaded, total]));
    expect(nodes).toHaveLength(300);
    expect(new Set(nodes).size).toBe(300);
    expect(asked).toEqual([null, '100', '200']);
    expect(progress).toEqual([
      [100, 300],
      [200, 300],
    ]);
  });

  it('answers an empty roster and a missing course apart', async () => {
    expect(await allNodes(pages(0).fetchPage)).toEqual([]);
    expect(await allNodes(async () => null)).toBeNull();
  });

  it('stops when the cursor does not move', async () => {
    const stuck = async () => ({
      edges: [{ node: 1 }],
      pageInfo: { hasNextPage: true, endCursor: 'same' },
      totalCount: 5,
    });
    expect(await allNodes(stuck)).toEqual([1, 1]);
  });
});

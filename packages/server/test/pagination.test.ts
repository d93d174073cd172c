import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from '../src/pagination.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return undefined;
};

describe('pageRequest', () => {
  it('defaults to 20 and clamps anything above 100 to 100', () => {
    expect(pageRequest({}, 2).limit).toBe(20);
    expect(pageRequest({ first: 5 }, 2).limit).toBe(5);
    expect(pageRequest({ first: 100_000 }, 2).limit).toBe(100);
    expect(pageRequest({ first: 0 }, 2).limit).toBe(0);
  });

  it('refuses a negative first with BAD_USER_INPUT on the field', () => {
    expect(codeOf(() => pageRequest({ first: -1 }, 2))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('round-trips a cursor and refuses malformed ones', () => {
    const cursor = encodeCursor(['2026-03-02T01:00:00.000Z', 'abc']);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-03-02T01:00:00.000Z', 'abc']);
    for (const bad of [
      '%%%',
      'bm90IGpzb24',
      encodeCursor(['only one']),
      encodeCursor([{}, 'x'] as never),
      'a'.repeat(600),
    ]) {
      expect(codeOf(() => pageRequest({ after: bad }, 2))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
  });
});

describe('toConnection', () => {
  it('tells whether a next page exists from the extra row fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toConnection(rows, 2, 10, (r) => [r.n]);
    expect(page.edges.map((e) => e.node.n)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor as string, 1)).toEqual([2]);
    expect(page.totalCount).toBe(10);
    const last = toConnection(rows.slice(0, 1), 2, 1, (r) => [r.n]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges[0]?.cursor });
  });
});

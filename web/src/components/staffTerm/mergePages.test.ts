import { describe, expect, it } from 'vitest';
import { mergePages } from './mergePages';

interface TestPage {
  course: {
    id: string;
    enrollments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
    };
  } | null;
}

const page = (cursors: string[], hasNextPage: boolean): TestPage => ({
  course: {
    id: 'c1',
    enrollments: {
      totalCount: 5,
      pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
      edges: cursors.map((cursor) => ({ cursor, node: { id: cursor } })),
    },
  },
});

describe('mergePages', () => {
  it('appends the next page after the shown ones, with its page info', () => {
    const merged = mergePages(page(['a', 'b'], true), page(['c', 'd'], false));
    expect(merged.course?.enrollments.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.course?.enrollments.pageInfo).toEqual({ hasNextPage: false, endCursor: 'd' });
  });

  it('shows an applicant once when pages overlap', () => {
    const merged = mergePages(page(['a', 'b'], true), page(['b', 'c'], false));
    expect(merged.course?.enrollments.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c']);
  });

  it('keeps what is shown when the next page has no course', () => {
    const previous = page(['a'], true);
    expect(mergePages<{ cursor: string }, TestPage>(previous, { course: null })).toBe(previous);
  });
});

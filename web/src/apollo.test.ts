import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

const QUERY = gql`
  query Page($cityId: ID!, $first: Int!, $after: String) {
    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
        }
      }
    }
  }
`;

function page(ids: number[], hasNextPage: boolean) {
  return {
    courses: {
      __typename: 'CourseConnection',
      totalCount: 5,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c${ids.at(-1)}` },
      edges: ids.map((id) => ({
        __typename: 'CourseEdge',
        cursor: `c${id}`,
        node: { __typename: 'Course', id: String(id), title: `Course ${id}` },
      })),
    },
  };
}

describe('Query.courses field policy', () => {
  it('appends the pages fetched with after, and starts afresh without it', () => {
    const cache = createCache();
    const vars = { cityId: 'suwon', first: 2 };
    const read = () => cache.readQuery({ query: QUERY, variables: vars }) as ReturnType<typeof page> | null;

    cache.writeQuery({ query: QUERY, variables: vars, data: page([1, 2], true) });
    cache.writeQuery({ query: QUERY, variables: { ...vars, after: 'c2' }, data: page([3, 4], true) });
    // the same page again (a double click) adds nothing
    cache.writeQuery({ query: QUERY, variables: { ...vars, after: 'c2' }, data: page([3, 4], true) });
    cache.writeQuery({ query: QUERY, variables: { ...vars, after: 'c4' }, data: page([5], false) });

    const merged = read();
    expect(merged?.courses.edges.map((edge) => edge.node.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(merged?.courses.pageInfo).toMatchObject({ hasNextPage: false, endCursor: 'c5' });

    cache.writeQuery({ query: QUERY, variables: vars, data: page([1, 2], true) });
    expect(read()?.courses.edges.map((edge) => edge.node.id)).toEqual(['1', '2']);
  });

  it('keeps the lists of other cities apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: QUERY, variables: { cityId: 'suwon', first: 2 }, data: page([1, 2], true) });
    cache.writeQuery({ query: QUERY, variables: { cityId: 'ansan', first: 2 }, data: page([7], false) });
    const suwon = cache.readQuery({ query: QUERY, variables: { cityId: 'suwon', first: 2 } }) as ReturnType<
      typeof page
    >;
    expect(suwon.courses.edges).toHaveLength(2);
  });
});

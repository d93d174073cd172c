// Walking a connection to its end: the attendance sheet needs every enrolled learner, not a page.

export interface ConnectionPage<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * Every node of a connection, asking `fetchPage(after)` page after page; `null` when a page is
 * not there (the course is gone or not the caller's). `onProgress` hears after each page but the last.
 */
export async function allNodes<T>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<T> | null>,
  onProgress: (loaded: number, total: number) => void = () => {},
): Promise<T[] | null> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ConnectionPage<T> | null = await fetchPage(after);
    if (!page) return null;
    for (const { node } of page.edges) nodes.push(node);
    const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    // A cursor that does not move would loop for ever: stop there.
    if (!next || next === after) return nodes;
    after = next;
    onProgress(nodes.length, page.totalCount);
  }
}

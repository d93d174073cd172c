import { useState } from 'react';

/**
 * "Show more" on a paged list: fetches the page after `endCursor` (the Apollo cache appends it),
 * says while it loads, and keeps a failure to show with a retry; the list already shown stays.
 */
export function useShowMore(
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
  endCursor: string | null | undefined,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const showMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };
  return { showMore, loadingMore, moreError };
}

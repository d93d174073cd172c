import type { useShowMore } from '../hooks/useShowMore';
import { ApiError } from './ApiError';

/**
 * The foot of a paged list: a failure to load the next page with its retry, and the "show more"
 * button while there is a next page (its label says when it is loading).
 */
export function ShowMore({
  more,
  hasNextPage,
  label,
  loadingLabel,
  testId,
}: {
  more: ReturnType<typeof useShowMore>;
  hasNextPage: boolean | undefined;
  label: string;
  loadingLabel: string;
  testId?: string;
}) {
  const { showMore, loadingMore, moreError } = more;
  return (
    <>
      {moreError !== undefined && <ApiError error={moreError} onRetry={() => void showMore()} />}
      {hasNextPage && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            data-testid={testId}
            onClick={() => void showMore()}
            disabled={loadingMore}
          >
            {loadingMore ? loadingLabel : label}
          </button>
        </div>
      )}
    </>
  );
}

import { useT } from '../i18n';
import { correlationIdOf } from '../lib/errors';

interface ErrorStateProps {
  error?: unknown;
  /** Replaces the default explanation. */
  message?: string;
  onRetry?: () => void;
  /** A one-line notice (e.g. under the list when "Show more" failed) instead of the full panel. */
  compact?: boolean;
}

/** A friendly error message with the gateway's correlation id, when there is one, for the help desk. */
export function ErrorState({ error, message, onRetry, compact = false }: ErrorStateProps) {
  const t = useT();
  const correlationId = correlationIdOf(error);

  return (
    <div
      className={compact ? 'error-state error-state--compact' : 'error-state'}
      data-testid="error"
      role="alert"
    >
      {!compact && <p className="error-state__title">{t.error.title}</p>}
      <p>{message ?? t.error.body}</p>
      {correlationId && (
        <p className="error-state__reference">
          {t.error.correlationId}: <code data-testid="correlation-id">{correlationId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t.error.retry}
        </button>
      )}
    </div>
  );
}

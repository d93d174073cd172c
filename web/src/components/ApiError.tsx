import { useTranslation } from 'react-i18next';
import { correlationIdOf, errorCodeOf } from '../lib/errors';

const MESSAGE_BY_CODE = {
  RATE_LIMITED: 'errors.rateLimited',
  FORBIDDEN: 'errors.forbidden',
  BAD_USER_INPUT: 'errors.badInput',
  UNAUTHENTICATED: 'errors.sessionExpired',
} as const;

/** Whether an error is the network's (no answer at all) rather than the API's. */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === 'TypeError');
}

/**
 * A failed request, said in the visitor's language: what happened, what to do, and the reference
 * the help desk can look up. `message` replaces the general text when the page knows better.
 */
export function ApiError({
  error,
  message,
  onRetry,
}: {
  error: unknown;
  message?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  const reference = correlationIdOf(error);
  const text =
    message ??
    (code && code in MESSAGE_BY_CODE
      ? t(MESSAGE_BY_CODE[code as keyof typeof MESSAGE_BY_CODE])
      : isNetworkError(error) || !code
        ? t('errors.network')
        : t('errors.unknown'));
  return (
    <div className="notice notice--error" role="alert">
      <p>{text}</p>
      {reference && <p className="notice__reference">{t('errors.reference', { id: reference })}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../lib/errors';
import { ApiError } from '../ApiError';
import { apiMessageOf } from './refusal';

/**
 * An action the API refused. A CONFLICT (the course is not in a state for it, or someone else did
 * it first) is said plainly with the API's own reason; anything else as every page says errors.
 */
export function TermRefusal({ error, conflict }: { error: unknown; conflict: string }) {
  const { t } = useTranslation('staffTerm');
  const code = errorCodeOf(error);
  if (code !== 'CONFLICT' && code !== 'BAD_USER_INPUT') return <ApiError error={error} />;
  const reason = apiMessageOf(error);
  return (
    <div className="notice notice--error" role="alert" data-testid="term-refusal">
      <p>{code === 'CONFLICT' ? conflict : t('refusal.badInput')}</p>
      {reason && (
        <p className="staff-term__api-reason">
          {t('refusal.apiSays')}{' '}
          <q lang="en" data-testid="api-reason">
            {reason}
          </q>
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../lib/errors';
import { ApiError } from '../ApiError';
import { LOCKOUT_MINUTES } from './fieldMessages';

/**
 * A refused request that carried a password: too many wrong ones lock this client out for a while
 * (RATE_LIMITED), which says how long; anything else as ApiError says it.
 */
export function PasswordError({ error }: { error: unknown }) {
  const { t } = useTranslation('account');
  const locked = errorCodeOf(error) === 'RATE_LIMITED';
  return (
    <ApiError error={error} message={locked ? t('signIn.locked', { minutes: LOCKOUT_MINUTES }) : undefined} />
  );
}

// The API's refusals of a field, said in the resident's language (its own messages are English).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './fieldError';

/** What the learners service accepts as a password (subgraphs/learners/src/rules/signUp.ts). */
export const PASSWORD_RULE = { min: 10, max: 200 } as const;

/** Minutes a client stays locked out after too many wrong passwords (rules/throttle.ts). */
export const LOCKOUT_MINUTES = 15;

export function useFieldMessage(): (refused: FieldError) => string {
  const { t } = useTranslation(['account', 'common']);
  return useCallback(
    ({ field, code }: FieldError) => {
      switch (field) {
        case 'input.email':
          return code === 'CONFLICT' ? t('errors.emailTaken') : t('errors.email');
        case 'input.password':
        case 'newPassword':
          return t('errors.password', PASSWORD_RULE);
        case 'currentPassword':
        case 'password':
          return t('errors.wrongPassword');
        case 'input.displayName':
          return t('errors.displayName');
        case 'input.residenceCityId':
        case 'cityId':
          return t('errors.residence');
        case 'input.birthYear':
          return t('errors.birthYear', { max: new Date().getFullYear() });
        default:
          return t('common:errors.badInput');
      }
    },
    [t],
  );
}

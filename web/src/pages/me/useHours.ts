import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';

/** "12.5 hours" in the current language, the number formatted for it. */
export function useHours(): (hours: number) => string {
  const { t } = useTranslation(['account', 'common']);
  const { locale } = useLocale();
  return useCallback(
    (hours: number) => t('hoursValue', { count: hours, value: formatNumber(hours, locale) }),
    [t, locale],
  );
}

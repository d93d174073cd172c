import { useTranslation } from 'react-i18next';

/** While a page's code, strings or data load. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

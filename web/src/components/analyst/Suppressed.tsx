import { useTranslation } from 'react-i18next';

/** A cell held back because fewer than 5 learners stand behind it: said in words, never shown as 0. */
export function Suppressed() {
  const { t } = useTranslation('analyst');
  return (
    <span className="analyst-suppressed" data-testid="suppressed" title={t('suppressed.why')}>
      {t('suppressed.label')}
    </span>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { percentText } from './percentText';
import type { SavedProgress } from './useContentProgress';

/** The learner's saved progress in a content: a percentage in words and a labelled bar. */
export function ProgressMeter({ progress }: { progress: SavedProgress | null }) {
  const { t } = useTranslation('library');
  const { locale } = useLocale();
  const id = useId();
  const percent = progress?.percent ?? 0;
  const finished = Boolean(progress?.completedAt);
  return (
    <div className="progress-meter">
      <label htmlFor={id} className="progress-meter__label">
        {t('progress.label')}
      </label>
      <progress id={id} max={100} value={percent}>
        {percentText(percent, locale)}%
      </progress>
      <p data-testid="progress-percent" className="progress-meter__text">
        {t('progress.percent', { percent: percentText(percent, locale) })}
      </p>
      {/* Announced once, when the server first says the content is finished. */}
      <p role="status" className={finished ? 'progress-meter__finished' : 'visually-hidden'}>
        {finished ? t('progress.finished') : ''}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { type CityRow, participationExtremes } from './cityRows';
import { formatGap, formatParticipation } from './statsFormat';

/**
 * The participation gap as the headline: how many times the highest city's rate is the lowest's,
 * and which they are; with fewer than two cities to compare there is no gap to tell (the API's 1).
 */
export function GapHeadline({ gap, rows }: { gap: number; rows: readonly CityRow[] }) {
  const { t } = useTranslation('analyst');
  const { locale } = useLocale();
  const extremes = participationExtremes(rows);
  return (
    <section
      className="analyst-headline card"
      aria-labelledby="analyst-gap-heading"
      data-testid="gap-headline"
    >
      <h2 id="analyst-gap-heading">{t('gap.heading')}</h2>
      {extremes ? (
        <>
          <p className="analyst-headline__number" data-testid="gap-value">
            {t('gap.value', { gap: formatGap(gap, locale) })}
          </p>
          <dl className="analyst-headline__ends">
            <div>
              <dt>{t('gap.highest')}</dt>
              <dd data-testid="gap-highest">
                {extremes.highest.name}{' '}
                <span className="muted">
                  {formatParticipation(extremes.highest.participationRate, locale)}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('gap.lowest')}</dt>
              <dd data-testid="gap-lowest">
                {extremes.lowest.name}{' '}
                <span className="muted">
                  {formatParticipation(extremes.lowest.participationRate, locale)}
                </span>
              </dd>
            </div>
          </dl>
        </>
      ) : (
        <p className="analyst-headline__none" data-testid="gap-too-few">
          {t('gap.tooFew')}
        </p>
      )}
      <p className="muted analyst-headline__note">{t('gap.explain')}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { CourseFormat } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { formatDateTimeRange } from '../../lib/format';

/** Which session this sheet is for: its number, when it is held and how. */
export function SessionSummary({
  session,
  number,
  of,
}: {
  session: { startsAt: string; endsAt: string; format: CourseFormat };
  number: number;
  of: number;
}) {
  const { t } = useTranslation(['staff', 'common']);
  const { locale } = useLocale();
  const started = Date.parse(session.startsAt) <= Date.now();
  return (
    <>
      <p className="attendance-sheet__session">
        <span className="tag">{t('session.number', { number, of })}</span>{' '}
        <span className="tag">{t(`common:format.${session.format}`)}</span>{' '}
        <time dateTime={session.startsAt}>
          {formatDateTimeRange(session.startsAt, session.endsAt, locale)}
        </time>
      </p>
      {!started && <p className="notice">{t('session.notStarted')}</p>}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatPercent } from '../../lib/format';

/** One learner on the sheet: the name, a present/absent pair of toggle buttons, and the saved rate. */
export function RosterRow({
  learnerId,
  displayName,
  present,
  rate,
  onMark,
}: {
  learnerId: string;
  displayName: string;
  /** undefined while not marked yet */
  present: boolean | undefined;
  /** The attendance rate the API answered after saving (null before any session was held). */
  rate?: number | null;
  onMark: (learnerId: string, present: boolean) => void;
}) {
  const { t } = useTranslation('staff');
  const { locale } = useLocale();
  const nameId = `roster-name-${learnerId}`;
  return (
    <li className="roster-row" data-testid="roster-row" data-learner-id={learnerId}>
      <div className="roster-row__who">
        <span className="roster-row__name" id={nameId}>
          {displayName}
        </span>
        {rate !== undefined && (
          <span className="roster-row__rate" data-testid="attendance-rate">
            {t('sheet.rate', { rate: rate === null ? '–' : formatPercent(rate, locale) })}
          </span>
        )}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons named by the learner, not a form fieldset */}
      <div className="roster-row__marks" role="group" aria-labelledby={nameId}>
        <MarkButton pressed={present === true} kind="present" onClick={() => onMark(learnerId, true)}>
          {t('sheet.present')}
        </MarkButton>
        <MarkButton pressed={present === false} kind="absent" onClick={() => onMark(learnerId, false)}>
          {t('sheet.absent')}
        </MarkButton>
      </div>
    </li>
  );
}

function MarkButton({
  pressed,
  kind,
  onClick,
  children,
}: {
  pressed: boolean;
  kind: 'present' | 'absent';
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      className={`mark-button mark-button--${kind}`}
      aria-pressed={pressed}
      data-testid={`mark-${kind}`}
      onClick={onClick}
    >
      {/* The chosen mark shows a check, not only a colour. */}
      <span className="mark-button__check" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      {children}
    </button>
  );
}

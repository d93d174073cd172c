import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../account/Field';
import { type CustomProblem, customPeriod, type PeriodChoice, PRESETS } from './period';

/**
 * The dashboard's period: a preset at one touch, or the first and last day of one's own. A preset
 * applies at once; custom dates apply with the button, with what is wrong said at the date. The
 * API's own refusal of a period (more than ten years) arrives as `apiProblem`, at its field.
 */
export function PeriodPicker({
  choice,
  onChoose,
  apiProblem,
}: {
  choice: PeriodChoice;
  onChoose: (choice: PeriodChoice) => void;
  apiProblem?: { field: 'from' | 'to'; message: string } | undefined;
}) {
  const { t } = useTranslation('analyst');
  const name = useId();
  // The radio follows the touch at once; the address (and so `choice`) follows a moment later.
  const [selected, setSelected] = useState<PeriodChoice['preset']>(choice.preset);
  const custom = selected === 'custom';
  const [fromDate, setFromDate] = useState(choice.preset === 'custom' ? choice.fromDate : '');
  const [toDate, setToDate] = useState(choice.preset === 'custom' ? choice.toDate : '');
  const fromInput = useRef<HTMLInputElement>(null);
  const toInput = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to', CustomProblem>>>({});

  // Back and forward in the browser change the choice: the form follows.
  useEffect(() => {
    setSelected(choice.preset);
    if (choice.preset === 'custom') {
      setFromDate(choice.fromDate);
      setToDate(choice.toDate);
    }
  }, [choice]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = customPeriod(fromDate, toDate);
    if ('problems' in result) {
      setProblems(result.problems);
      (result.problems.from ? fromInput : toInput).current?.focus();
      return;
    }
    setProblems({});
    onChoose({ preset: 'custom', fromDate, toDate });
  };

  const messageFor = (field: 'from' | 'to') =>
    problems[field]
      ? t(`period.problem.${problems[field]}`)
      : apiProblem?.field === field
        ? apiProblem.message
        : undefined;

  return (
    <form className="analyst-period" onSubmit={apply} noValidate aria-labelledby={`${name}-legend`}>
      <fieldset className="analyst-period__presets">
        <legend id={`${name}-legend`}>{t('period.legend')}</legend>
        {PRESETS.map((preset) => (
          <label key={preset} className="analyst-period__preset">
            <input
              type="radio"
              name={name}
              value={preset}
              checked={selected === preset}
              data-testid={`period-${preset}`}
              onChange={() => {
                setSelected(preset);
                setProblems({});
                onChoose({ preset });
              }}
            />
            <span>{t(`period.preset.${preset}`)}</span>
          </label>
        ))}
        <label className="analyst-period__preset">
          <input
            type="radio"
            name={name}
            value="custom"
            checked={custom}
            data-testid="period-custom"
            onChange={() => setSelected('custom')}
          />
          <span>{t('period.preset.custom')}</span>
        </label>
      </fieldset>
      {custom && (
        <div className="analyst-period__custom">
          <Field label={t('period.from')} error={messageFor('from')}>
            {(control) => (
              <input
                {...control}
                ref={fromInput}
                type="date"
                value={fromDate}
                data-testid="period-from"
                onChange={(event) => setFromDate(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('period.to')} hint={t('period.toHint')} error={messageFor('to')}>
            {(control) => (
              <input
                {...control}
                ref={toInput}
                type="date"
                value={toDate}
                data-testid="period-to"
                onChange={(event) => setToDate(event.target.value)}
              />
            )}
          </Field>
          <div className="analyst-period__apply">
            <button type="submit" className="button" data-testid="period-apply">
              {t('period.apply')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLocale } from '../../i18n';
import { formatDate, TIME_ZONE } from '../../lib/format';
import { addMonths, koreaInstant, koreaToday, monthInstant, monthOf, monthWeeks } from './koreaTime';
import type { SessionDraft } from './sessionPlan';

/**
 * A month of the calendar (Korea time, weeks from Monday): each day is a button that adds a session
 * on it with the default times; days that already have sessions say how many, in words too.
 */
export function SessionCalendar({
  sessions,
  onAdd,
}: {
  sessions: readonly SessionDraft[];
  onAdd: (date: string) => void;
}) {
  const { t } = useTranslation('staffCourses');
  const { locale } = useLocale();
  const [month, setMonth] = useState(() => monthOf(sessions[0]?.date ?? koreaToday()));
  const today = koreaToday();
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const s of sessions) map.set(s.date, (map.get(s.date) ?? 0) + 1);
    return map;
  }, [sessions]);
  const weeks = monthWeeks(month);
  const tag = intlLocale(locale);
  const monthName = new Intl.DateTimeFormat(tag, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'long',
  }).format(new Date(monthInstant(month)));
  const weekdayFormat = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, weekday: 'short' });
  const weekdayLong = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, weekday: 'long' });
  // 2024-01-01 was a Monday: its week names the columns.
  const columns = Array.from({ length: 7 }, (_, i) => koreaInstant(`2024-01-0${i + 1}`, '12:00') as Date);

  return (
    <div className="session-calendar">
      <div className="session-calendar__bar">
        <button
          type="button"
          className="button button--secondary session-calendar__step"
          onClick={() => setMonth(addMonths(month, -1))}
          aria-label={t('sessions.previousMonth')}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h3 className="session-calendar__month" aria-live="polite" id="session-calendar-month">
          {monthName}
        </h3>
        <button
          type="button"
          className="button button--secondary session-calendar__step"
          onClick={() => setMonth(addMonths(month, 1))}
          aria-label={t('sessions.nextMonth')}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="session-calendar__grid" aria-labelledby="session-calendar-month">
        <thead>
          <tr>
            {columns.map((day) => (
              <th key={day.toISOString()} scope="col">
                <abbr title={weekdayLong.format(day)}>{weekdayFormat.format(day)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? ''}>
              {week.map((date, i) => {
                if (!date) return <td key={`blank-${i}`} />;
                const count = counts.get(date) ?? 0;
                const label = formatDate(`${date}T12:00:00+09:00`, locale);
                return (
                  <td key={date}>
                    <button
                      type="button"
                      className={[
                        'session-calendar__day',
                        count > 0 ? 'session-calendar__day--planned' : '',
                        date === today ? 'session-calendar__day--today' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      onClick={() => onAdd(date)}
                      data-date={date}
                    >
                      {/* The day's number is seen; the whole date and what the button does are read. */}
                      <span>{Number(date.slice(8))}</span>
                      <span className="visually-hidden">
                        {count > 0
                          ? t('sessions.dayLabelWith', { date: label, count })
                          : t('sessions.dayLabel', { date: label })}
                      </span>
                      {count > 0 && (
                        <span className="session-calendar__count" aria-hidden="true">
                          {count > 1 ? `●${count}` : '●'}
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

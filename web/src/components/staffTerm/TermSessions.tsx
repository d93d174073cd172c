import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffTerm_CourseFragment } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { formatDateTimeRange } from '../../lib/format';

/** The course's sessions in time order, each with its attendance sheet. */
export function TermSessions({ course }: { course: StaffTerm_CourseFragment }) {
  const { t } = useTranslation(['staffTerm', 'common']);
  const { locale } = useLocale();
  return (
    <section className="staff-term__section" aria-labelledby="term-sessions-title">
      <h2 id="term-sessions-title">{t('sessions.title', { count: course.sessions.length })}</h2>
      <ol className="staff-term__sessions" data-testid="term-sessions">
        {course.sessions.map((session, index) => (
          <li key={session.id} className="staff-term__session">
            <span className="staff-term__session-when">
              <strong>{t('sessions.number', { number: index + 1 })}</strong>{' '}
              <time dateTime={session.startsAt}>
                {formatDateTimeRange(session.startsAt, session.endsAt, locale)}
              </time>{' '}
              <span className="tag">{t(`common:format.${session.format}`)}</span>
            </span>
            <Link
              to={`/staff/courses/${encodeURIComponent(course.id)}/sessions/${encodeURIComponent(session.id)}/attendance`}
              className="button button--secondary"
              data-testid="session-attendance"
            >
              {t('sessions.attendance', { number: index + 1 })}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

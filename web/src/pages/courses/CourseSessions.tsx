import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate, formatTime } from '../../lib/format';

export const CourseSessionsFragment = graphql(`
  fragment CourseSessions_course on Course {
    id
    sessions {
      id
      startsAt
      endsAt
      format
    }
  }
`);

/** The course's meetings in time order: date, start–end time (Seoul) and how each is held. */
export function CourseSessions({ course: masked }: { course: FragmentType<typeof CourseSessionsFragment> }) {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const { sessions } = getFragmentData(CourseSessionsFragment, masked);
  return (
    <section aria-labelledby="course-sessions" className="course-detail__section">
      <h2 id="course-sessions">{t('detail.sessions', { count: sessions.length })}</h2>
      {sessions.length === 0 ? (
        <p className="muted">{t('detail.noSessions')}</p>
      ) : (
        <ol className="course-sessions" data-testid="sessions">
          {sessions.map((session, index) => (
            <li key={session.id}>
              <span className="course-sessions__number">
                {t('detail.sessionNumber', { number: index + 1 })}
              </span>
              <time dateTime={session.startsAt}>{formatDate(session.startsAt, locale)}</time>
              <span>
                <time dateTime={session.startsAt}>{formatTime(session.startsAt, locale)}</time>–
                <time dateTime={session.endsAt}>{formatTime(session.endsAt, locale)}</time>
              </span>
              <span className="tag">{t(`common:format.${session.format}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

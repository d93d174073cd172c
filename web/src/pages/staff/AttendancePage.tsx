import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import { AttendanceSheet } from '../../components/staff/AttendanceSheet';
import { sortRoster } from '../../components/staff/attendanceSheet';
import { useAttendanceRoster } from '../../components/staff/useAttendanceRoster';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { AttendanceNotFound } from './AttendanceNotFound';
import { SessionSummary } from './SessionSummary';
import './attendance.css';

const AttendanceCourse = graphql(`
  query AttendanceCourse($id: ID!, $locale: Locale) {
    course(id: $id) {
      id
      title(locale: $locale)
      sessions {
        id
        startsAt
        endsAt
        format
      }
    }
  }
`);

/** The attendance sheet of one session, for the course's city staff and instructors. */
export function AttendancePage() {
  return (
    <RequireRole roles={['CITY_STAFF', 'INSTRUCTOR']}>
      <Attendance />
    </RequireRole>
  );
}

/** The API's answer for a course or session the caller may not take attendance of. */
const refused = (error: unknown) => hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN');

function Attendance() {
  const { t } = useTranslation(['staff', 'common']);
  const { courseId = '', sessionId = '' } = useParams();
  const { locale } = useLocale();
  const { data, error, refetch } = useQuery(AttendanceCourse, {
    variables: { id: courseId, locale: useGraphQLLocale() },
    fetchPolicy: 'cache-and-network',
  });
  const [roster, retryRoster] = useAttendanceRoster(courseId);
  const sorted = useMemo(
    () => (roster.status === 'ready' ? sortRoster(roster.roster, locale) : []),
    [roster, locale],
  );
  const course = data?.course;
  const index = course?.sessions.findIndex((s) => s.id === sessionId) ?? -1;
  const session = course?.sessions[index];
  const missing =
    (data && !session) ||
    (!data && error && refused(error)) ||
    roster.status === 'notFound' ||
    (roster.status === 'error' && refused(roster.error));
  usePageTitle(course && session ? `${t('title')} · ${course.title}` : missing ? t('notFound.title') : null);

  if (missing) return <AttendanceNotFound />;
  if (!course || !session) {
    return (
      <div className="page">
        {error ? (
          <>
            <h1>{t('title')}</h1>
            <ApiError error={error} onRetry={() => void refetch()} />
          </>
        ) : (
          <p className="loading" role="status">
            {t('common:loading')}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="page attendance-sheet" data-testid="attendance-sheet">
      <header className="attendance-sheet__header">
        <p className="attendance-sheet__eyebrow">{t('title')}</p>
        <h1>{course.title}</h1>
        <SessionSummary session={session} number={index + 1} of={course.sessions.length} />
      </header>
      {roster.status === 'loading' && (
        <p className="loading" role="status">
          {roster.total === null
            ? t('common:loading')
            : t('roster.loadingSome', { loaded: roster.loaded, total: roster.total })}
        </p>
      )}
      {roster.status === 'error' && <ApiError error={roster.error} onRetry={retryRoster} />}
      {roster.status === 'ready' &&
        (sorted.length === 0 ? (
          <p className="notice">{t('roster.empty')}</p>
        ) : (
          <AttendanceSheet
            key={sessionId}
            sessionId={sessionId}
            roster={sorted}
            started={Date.parse(session.startsAt) <= Date.now()}
          />
        ))}
    </div>
  );
}

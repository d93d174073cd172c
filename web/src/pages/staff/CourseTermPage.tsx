import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import { TermActions } from '../../components/staffTerm/TermActions';
import { TermApplicants } from '../../components/staffTerm/TermApplicants';
import { TermHeader } from '../../components/staffTerm/TermHeader';
import { TermLottery } from '../../components/staffTerm/TermLottery';
import { TermMessages } from '../../components/staffTerm/TermMessages';
import { TermNotFound } from '../../components/staffTerm/TermNotFound';
import { TermResults } from '../../components/staffTerm/TermResults';
import { TermSessions } from '../../components/staffTerm/TermSessions';
import { StaffTermCourseFragment } from '../../components/staffTerm/termFragments';
import { getFragmentData, graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { theme } from '../../theme';
import './courseTerm.css';

const StaffTermCourse = graphql(`
  query StaffTermCourse($id: ID!, $locale: Locale) {
    course(id: $id) {
      id
      ...StaffTerm_course
    }
  }
`);

const StaffTermMe = graphql(`
  query StaffTermMe {
    me {
      id
      roles {
        role
        city {
          id
        }
      }
    }
  }
`);

/** A course's term, for its city's staff (and, to read, its instructors): publish, applicants, lottery, decisions, finish. */
export function CourseTermPage() {
  return (
    <RequireRole roles={['CITY_STAFF', 'INSTRUCTOR']} cityId={theme.cityId}>
      <CourseTerm />
    </RequireRole>
  );
}

/** Staff of this site's city (or a province admin) run the course; an instructor only reads it. */
function useManagesCity(): boolean {
  const { data } = useQuery(StaffTermMe);
  return (data?.me?.roles ?? []).some(
    (grant) =>
      grant.role === 'PROVINCE_ADMIN' || (grant.role === 'CITY_STAFF' && grant.city?.id === theme.cityId),
  );
}

const refusedError = (error: unknown) => hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN');

function CourseTerm() {
  const { t } = useTranslation(['staffTerm', 'common']);
  const { courseId = '' } = useParams();
  const { data, error, refetch } = useQuery(StaffTermCourse, {
    variables: { id: courseId, locale: useGraphQLLocale() },
    fetchPolicy: 'cache-and-network',
  });
  const manages = useManagesCity();
  const [applicantsRefused, setApplicantsRefused] = useState(false);
  const onRefused = useCallback(() => setApplicantsRefused(true), []);
  const course = data?.course ? getFragmentData(StaffTermCourseFragment, data.course) : null;
  // Another city's course is public, but not this site's to run: it is not found here.
  const missing =
    (data && (!course || course.city.id !== theme.cityId)) ||
    (!data && error && refusedError(error)) ||
    applicantsRefused;
  usePageTitle(course && !missing ? `${course.title} · ${t('title')}` : missing ? t('notFound.title') : null);

  if (missing) return <TermNotFound />;
  if (!course) {
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
    <div className="page staff-term" data-testid="staff-term">
      <TermHeader course={course} manages={manages} />
      {manages ? (
        <TermActions course={course} />
      ) : (
        <p className="notice" data-testid="instructor-note">
          {t('instructorNote')}
        </p>
      )}
      {course.status === 'FINISHED' && <TermResults course={course} />}
      {course.selection === 'LOTTERY' && <TermLottery course={course} />}
      <TermSessions course={course} />
      <TermApplicants course={course} manages={manages} onRefused={onRefused} />
      {manages && <TermMessages course={course} />}
    </div>
  );
}

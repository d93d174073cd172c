import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { CourseEnrollmentFragment } from '../../components/courses/enrollmentFragments';
import { awaitsDecision } from '../../components/courses/enrollmentRules';
import { getFragmentData, graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale } from '../../i18n';
import { CourseFacts } from './CourseFacts';
import { CourseSessions } from './CourseSessions';
import { MyEnrollment } from './MyEnrollment';
import './CourseDetailPage.css';

const CourseDetailQuery = graphql(`
  query CourseDetail($id: ID!, $locale: Locale) {
    course(id: $id) {
      id
      title(locale: $locale)
      description(locale: $locale)
      category
      format
      status
      city {
        id
        name(locale: $locale)
      }
      ...CourseFacts_course
      ...CourseSessions_course
      ...MyEnrollment_course
      myEnrollment {
        ...CourseEnrollment_enrollment
      }
    }
  }
`);

/** While an application waits for a draw, a decision or a freed seat, the page checks back this often. */
const POLL_MS = 30_000;

/** One course: what, when, where, who may apply and how seats are given; the resident's application. */
export function CourseDetailPage() {
  const { t } = useTranslation(['courses', 'common']);
  const { id = '' } = useParams();
  const locale = useGraphQLLocale();
  const [polling, setPolling] = useState(false);
  const { data, error, refetch } = useQuery(CourseDetailQuery, {
    variables: { id, locale },
    fetchPolicy: 'cache-and-network',
    pollInterval: polling ? POLL_MS : 0,
  });
  const course = data?.course;
  const status = getFragmentData(CourseEnrollmentFragment, course?.myEnrollment ?? null)?.status;
  // Polling follows the status: on while PENDING or WAITLISTED (a promotion shows up), off once it settles.
  useEffect(() => setPolling(awaitsDecision(status)), [status]);
  usePageTitle(course ? course.title : data ? t('detail.notFound') : null);

  if (!data) {
    if (error) {
      return (
        <div className="page">
          <h1>{t('detail.title')}</h1>
          <ApiError error={error} onRetry={() => void refetch()} />
        </div>
      );
    }
    return (
      <div className="page">
        <p className="loading" role="status">
          {t('common:loading')}
        </p>
      </div>
    );
  }

  if (!course) {
    return (
      <div className="page page--message">
        <h1>{t('detail.notFound')}</h1>
        <p>{t('detail.notFoundBody')}</p>
        <p>
          <Link to="/courses">{t('detail.backToCourses')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page course-detail">
      <p className="course-detail__back">
        <Link to="/courses">{t('detail.backToCourses')}</Link>
      </p>
      <header className="course-detail__header">
        <h1 data-testid="course-title">{course.title}</h1>
        <p className="course-detail__tags">
          <span className="tag">{t(`common:category.${course.category}`)}</span>
          <span className="tag">{t(`common:format.${course.format}`)}</span>
          <span className="tag">{t(`detail.status.${course.status}`)}</span>
          <span className="tag">{course.city.name}</span>
        </p>
      </header>
      {error && <ApiError error={error} onRetry={() => void refetch()} />}
      <div className="course-detail__layout">
        <MyEnrollment course={course} />
        <div className="course-detail__main">
          <section aria-labelledby="course-about">
            <h2 id="course-about">{t('detail.about')}</h2>
            <p className="course-detail__description">{course.description}</p>
          </section>
          <CourseFacts course={course} />
          <CourseSessions course={course} />
        </div>
      </div>
    </div>
  );
}

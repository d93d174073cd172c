import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { CourseCard } from '../../components/courses/CourseCard';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { theme } from '../../theme';

const HomeOpenCoursesQuery = graphql(`
  query HomeOpenCourses($cityId: ID!, $locale: Locale) {
    courses(filter: { cityId: $cityId, openForApplication: true }, first: 6) {
      totalCount
      edges {
        node {
          id
          ...CourseCard_course
        }
      }
    }
  }
`);

/** The city's courses taking applications now: the first six, and the way to all courses. */
export function HomeOpenCourses() {
  const { t } = useTranslation(['courses', 'common']);
  const locale = useGraphQLLocale();
  const { data, error, refetch } = useQuery(HomeOpenCoursesQuery, {
    variables: { cityId: theme.cityId, locale },
  });
  const courses = data?.courses.edges ?? [];
  return (
    <section className="home-section" aria-labelledby="home-open-courses">
      <div className="home-section__head">
        <h2 id="home-open-courses">{t('home.openCourses')}</h2>
        <Link to="/courses" className="home-section__more">
          {t('home.allCourses')}
        </Link>
      </div>
      {error && !data ? (
        <ApiError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <p className="loading" role="status">
          {t('common:loading')}
        </p>
      ) : courses.length === 0 ? (
        <p className="muted">{t('home.noOpenCourses')}</p>
      ) : (
        <ul className="card-grid">
          {courses.map(({ node }) => (
            <li key={node.id}>
              <CourseCard course={node} headingLevel="h3" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

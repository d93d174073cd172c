import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '../../app/Loading';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import { CourseForm } from '../../components/staffCourses/CourseForm';
import { type CourseDraft, draftFromCourse, EMPTY_COURSE } from '../../components/staffCourses/courseDraft';
import { StaffCourseNotFound } from '../../components/staffCourses/StaffCourseNotFound';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { theme } from '../../theme';
import './staffCourses.css';

// Each text per locale: a missing English text answers the Korean one (draftFromCourse drops it).
const StaffCourseEditorCourse = graphql(`
  query StaffCourseEditorCourse($id: ID!, $locale: Locale) {
    course(id: $id) {
      id
      status
      city {
        id
      }
      title(locale: $locale)
      titleKo: title(locale: KO)
      titleEn: title(locale: EN)
      descriptionKo: description(locale: KO)
      descriptionEn: description(locale: EN)
      category
      format
      venue {
        id
      }
      capacity
      selection
      eligibility
      applicationOpensAt
      applicationClosesAt
      minAttendanceRate
      sessions {
        id
        startsAt
        endsAt
      }
      contentIds
      contents {
        id
        title(locale: $locale)
      }
      instructorIds
    }
  }
`);

const StaffCourseEditorVenues = graphql(`
  query StaffCourseEditorVenues($cityId: ID!) {
    city(id: $cityId) {
      id
      venues {
        id
        name
        dong
      }
    }
  }
`);

/**
 * The course editor of the site's city staff: a new course (`/staff/courses/new`), a copy of
 * another one for a new term (`?from=<id>`), or a DRAFT being edited (`/staff/courses/:id/edit`).
 */
export function CourseEditorPage() {
  return (
    <RequireRole roles={['CITY_STAFF']} cityId={theme.cityId}>
      <CourseEditor />
    </RequireRole>
  );
}

type Mode = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'duplicate'; from: string };

function CourseEditor() {
  const { t } = useTranslation('staffCourses');
  const { courseId } = useParams();
  const [params] = useSearchParams();
  const from = params.get('from');
  const mode: Mode = courseId
    ? { kind: 'edit', id: courseId }
    : from
      ? { kind: 'duplicate', from }
      : { kind: 'new' };
  const sourceId = mode.kind === 'edit' ? mode.id : mode.kind === 'duplicate' ? mode.from : null;
  const locale = useGraphQLLocale();
  const course = useQuery(StaffCourseEditorCourse, {
    variables: { id: sourceId ?? '', locale },
    skip: sourceId === null,
    fetchPolicy: 'network-only',
  });
  const venues = useQuery(StaffCourseEditorVenues, {
    variables: { cityId: theme.cityId },
    fetchPolicy: 'cache-and-network',
  });
  const source = course.data?.course;
  // Another city's course is as missing as one that does not exist.
  const missing =
    sourceId !== null &&
    ((course.data && (!source || source.city.id !== theme.cityId)) ||
      (!course.data && course.error && hasErrorCode(course.error, 'NOT_FOUND')));
  const notDraft = mode.kind === 'edit' && source && !missing && source.status !== 'DRAFT';

  // Computed once per loaded course: a duplicate's new term is counted from when it was opened.
  const initial = useMemo<CourseDraft | null>(() => {
    if (mode.kind === 'new') return EMPTY_COURSE;
    if (!source) return null;
    return draftFromCourse(source, mode.kind === 'duplicate' ? new Date() : undefined);
  }, [mode.kind, source]);

  const heading =
    mode.kind === 'new'
      ? t('editor.newTitle')
      : mode.kind === 'edit'
        ? t('editor.editTitle')
        : t('editor.duplicateTitle');
  usePageTitle(missing ? t('editor.notFoundTitle') : source ? `${heading} · ${source.title}` : heading);

  if (missing) return <StaffCourseNotFound />;
  if (notDraft && source) {
    return (
      <div className="page page--message" data-testid="course-not-draft">
        <h1>{t('editor.notDraftTitle')}</h1>
        <p>{t('editor.notDraftBody', { title: source.title, status: t(`status.${source.status}`) })}</p>
        <p className="actions">
          <Link to={`/staff/courses/${encodeURIComponent(source.id)}`} className="button">
            {t('editor.openTerm')}
          </Link>
        </p>
      </div>
    );
  }
  const failed = (sourceId !== null && !course.data && course.error) || (!venues.data && venues.error);
  if (failed) {
    return (
      <div className="page">
        <h1>{heading}</h1>
        <ApiError
          error={failed}
          onRetry={() => {
            if (course.error) void course.refetch();
            if (venues.error) void venues.refetch();
          }}
        />
      </div>
    );
  }
  if (!initial || !venues.data) return <Loading />;

  const draftKey =
    mode.kind === 'edit'
      ? `staff-course-edit:${mode.id}`
      : mode.kind === 'duplicate'
        ? `staff-course-duplicate:${mode.from}`
        : `staff-course-new:${theme.cityId}`;
  return (
    <div className="page course-editor" data-testid="course-editor">
      <p>
        <Link to="/staff">{t('editor.back')}</Link>
      </p>
      <h1>
        {heading}
        {source && mode.kind === 'edit' && <span className="course-editor__subject">{source.title}</span>}
      </h1>
      {mode.kind === 'duplicate' && source && (
        <p className="notice" data-testid="duplicate-notice">
          {t('editor.duplicateIntro', { title: source.title })}
        </p>
      )}
      <CourseForm
        key={draftKey}
        draftKey={draftKey}
        initial={initial}
        courseId={mode.kind === 'edit' ? mode.id : undefined}
        venues={venues.data.city?.venues ?? []}
      />
    </div>
  );
}

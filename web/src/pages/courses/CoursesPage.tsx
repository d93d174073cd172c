import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CourseFilters } from './CourseFilters';
import { CourseResults } from './CourseResults';
import { CourseSearchBox } from './CourseSearchBox';
import { type CourseSearch, parseCourseSearch, toSearchParams } from './courseSearch';
import './CoursesPage.css';

/** The city's courses, searched and filtered; the whole search lives in the address. */
export function CoursesPage() {
  const { t } = useTranslation(['courses', 'common']);
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const search = parseCourseSearch(params);
  // From the current address, not this render's: a search sent after a typing pause keeps a
  // filter chosen meanwhile.
  const update = (change: (current: CourseSearch) => CourseSearch, replace = false) =>
    setParams((current) => toSearchParams(change(parseCourseSearch(current))), { replace });

  return (
    <div className="page courses-page">
      <h1>{t('list.title')}</h1>
      <CourseSearchBox
        value={search.search}
        onSearch={(text, replace) => update((current) => ({ ...current, search: text }), replace)}
      />
      <div className="courses-page__layout">
        <CourseFilters search={search} onChange={(next) => update(() => next)} />
        <CourseResults search={search} onClear={() => setParams(new URLSearchParams())} />
      </div>
    </div>
  );
}

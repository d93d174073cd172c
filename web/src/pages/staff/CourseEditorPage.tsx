import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function CourseEditorPage() {
  return (
    <RequireRole roles={['CITY_STAFF']}>
      <section className="page">
        <h1>CourseEditorPage</h1>
      </section>
    </RequireRole>
  );
}

import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function CourseTermPage() {
  return (
    <RequireRole roles={['CITY_STAFF']}>
      <section className="page">
        <h1>CourseTermPage</h1>
      </section>
    </RequireRole>
  );
}

import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function StaffCoursesPage() {
  return (
    <RequireRole roles={['CITY_STAFF']}>
      <section className="page">
        <h1>StaffCoursesPage</h1>
      </section>
    </RequireRole>
  );
}

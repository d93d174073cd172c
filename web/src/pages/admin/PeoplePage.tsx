import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function PeoplePage() {
  return (
    <RequireRole roles={['PROVINCE_ADMIN']}>
      <section className="page">
        <h1>PeoplePage</h1>
      </section>
    </RequireRole>
  );
}

import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function VenuesPage() {
  return (
    <RequireRole roles={['CITY_STAFF']}>
      <section className="page">
        <h1>VenuesPage</h1>
      </section>
    </RequireRole>
  );
}

import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function FeaturedPage() {
  return (
    <RequireRole roles={['CITY_STAFF']}>
      <section className="page">
        <h1>FeaturedPage</h1>
      </section>
    </RequireRole>
  );
}

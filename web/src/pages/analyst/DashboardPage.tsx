import { RequireRole } from '../../components/RequireRole';

/** Placeholder until the page is built. */
export function DashboardPage() {
  return (
    <RequireRole roles={['ANALYST']}>
      <section className="page">
        <h1>DashboardPage</h1>
      </section>
    </RequireRole>
  );
}

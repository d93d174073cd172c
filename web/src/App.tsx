import { lazy, Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { Layout } from './app/Layout';
import { Loading } from './app/Loading';
import type { RuntimeConfig } from './config';

// The shell (header, menu, footer) is in the first download; the API client and every page come
// with the routes, in chunks of their own; the routes start loading with the app, not on first render.
const routes = import('./routes');
const SiteRoutes = lazy(() => routes.then((m) => ({ default: m.SiteRoutes })));

export function App({ config }: { config: RuntimeConfig }) {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <Layout>
        <Suspense fallback={<Loading />}>
          <SiteRoutes config={config} />
        </Suspense>
      </Layout>
    </BrowserRouter>
  );
}

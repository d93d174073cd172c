import { ApolloProvider } from '@apollo/client/react';
import { type ComponentType, lazy, Suspense, useMemo } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { createApolloClient } from './apollo';
import { Loading } from './app/Loading';
import { RouteErrorBoundary } from './app/RouteErrorBoundary';
import { SiteRefinementLoader } from './app/SiteRefinementLoader';
import type { RuntimeConfig } from './config';
import { GraphQLUrlProvider } from './hooks/useGraphQLUrl';
import { NotFoundPage } from './pages/NotFoundPage';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = page(() => import('./pages/home/HomePage'), 'HomePage');
const CoursesPage = page(() => import('./pages/courses/CoursesPage'), 'CoursesPage');
const CourseDetailPage = page(() => import('./pages/courses/CourseDetailPage'), 'CourseDetailPage');
const SignUpPage = page(() => import('./pages/account/SignUpPage'), 'SignUpPage');
const SignInPage = page(() => import('./pages/account/SignInPage'), 'SignInPage');
const ChangePasswordPage = page(() => import('./pages/account/ChangePasswordPage'), 'ChangePasswordPage');
const MyLearningPage = page(() => import('./pages/me/MyLearningPage'), 'MyLearningPage');
const VerifyCertificatePage = page(
  () => import('./pages/verify/VerifyCertificatePage'),
  'VerifyCertificatePage',
);
const LibraryPage = page(() => import('./pages/library/LibraryPage'), 'LibraryPage');
const ContentPage = page(() => import('./pages/library/ContentPage'), 'ContentPage');
const LearningPathsPage = page(() => import('./pages/library/LearningPathsPage'), 'LearningPathsPage');
const LiveClassesPage = page(() => import('./pages/library/LiveClassesPage'), 'LiveClassesPage');

/** Every address of a city site. Anything else is the not-found page. */
export function SiteRoutes({ config }: { config: RuntimeConfig }) {
  const client = useMemo(() => createApolloClient(config.graphqlUrl), [config.graphqlUrl]);
  const location = useLocation();
  return (
    <ApolloProvider client={client}>
      <GraphQLUrlProvider value={config.graphqlUrl}>
        <SiteRefinementLoader />
        <RouteErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={<HomePage />} />
              <Route path="/courses" element={<CoursesPage />} />
              <Route path="/courses/:id" element={<CourseDetailPage />} />
              <Route path="/signup" element={<SignUpPage />} />
              <Route path="/signin" element={<SignInPage />} />
              <Route path="/account/password" element={<ChangePasswordPage />} />
              <Route path="/me" element={<MyLearningPage />} />
              <Route path="/verify/:number" element={<VerifyCertificatePage />} />
              <Route path="/library" element={<LibraryPage />} />
              <Route path="/library/:id" element={<ContentPage />} />
              <Route path="/paths" element={<LearningPathsPage />} />
              <Route path="/live" element={<LiveClassesPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </GraphQLUrlProvider>
    </ApolloProvider>
  );
}

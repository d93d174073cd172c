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
import { UnreadWatcher } from './pages/notifications/UnreadWatcher';

const loaders: Array<[RegExp, () => Promise<unknown>]> = [];

/** A page in a chunk of its own; `path` lets the chunk of the address being opened load at once. */
function page<K extends string>(path: RegExp, load: () => Promise<Record<K, ComponentType>>, name: K) {
  loaders.push([path, load]);
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = page(/^\/$/, () => import('./pages/home/HomePage'), 'HomePage');
const CoursesPage = page(/^\/courses$/, () => import('./pages/courses/CoursesPage'), 'CoursesPage');
const CourseDetailPage = page(
  /^\/courses\/[^/]+$/,
  () => import('./pages/courses/CourseDetailPage'),
  'CourseDetailPage',
);
const SignUpPage = page(/^\/signup$/, () => import('./pages/account/SignUpPage'), 'SignUpPage');
const SignInPage = page(/^\/signin$/, () => import('./pages/account/SignInPage'), 'SignInPage');
const ChangePasswordPage = page(
  /^\/account\/password$/,
  () => import('./pages/account/ChangePasswordPage'),
  'ChangePasswordPage',
);
const MyLearningPage = page(/^\/me$/, () => import('./pages/me/MyLearningPage'), 'MyLearningPage');
const NotificationsPage = page(
  /^\/me\/notifications$/,
  () => import('./pages/notifications/NotificationsPage'),
  'NotificationsPage',
);
const NotificationSettingsPage = page(
  /^\/me\/notifications\/settings$/,
  () => import('./pages/notifications/NotificationSettingsPage'),
  'NotificationSettingsPage',
);
const UnsubscribePage = page(
  /^\/unsubscribe$/,
  () => import('./pages/notifications/UnsubscribePage'),
  'UnsubscribePage',
);
const VerifyEmailPage = page(
  /^\/account\/verify-email$/,
  () => import('./pages/account/VerifyEmailPage'),
  'VerifyEmailPage',
);
const ForgotPasswordPage = page(
  /^\/account\/forgot-password$/,
  () => import('./pages/account/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  /^\/account\/reset-password$/,
  () => import('./pages/account/ResetPasswordPage'),
  'ResetPasswordPage',
);
const VerifyCertificatePage = page(
  /^\/verify\/[^/]+$/,
  () => import('./pages/verify/VerifyCertificatePage'),
  'VerifyCertificatePage',
);
const LibraryPage = page(/^\/library$/, () => import('./pages/library/LibraryPage'), 'LibraryPage');
const ContentPage = page(/^\/library\/[^/]+$/, () => import('./pages/library/ContentPage'), 'ContentPage');
const LearningPathsPage = page(
  /^\/paths$/,
  () => import('./pages/library/LearningPathsPage'),
  'LearningPathsPage',
);
const AttendancePage = page(
  /^\/staff\/courses\/[^/]+\/sessions\/[^/]+\/attendance$/,
  () => import('./pages/staff/AttendancePage'),
  'AttendancePage',
);
const ContentAdminPage = page(
  /^\/admin\/contents$/,
  () => import('./pages/admin/ContentAdminPage'),
  'ContentAdminPage',
);
const StaffCoursesPage = page(
  /^\/staff$/,
  () => import('./pages/staff/StaffCoursesPage'),
  'StaffCoursesPage',
);
const CourseEditorPage = page(
  /^\/staff\/courses\/(new|[^/]+\/edit)$/,
  () => import('./pages/staff/CourseEditorPage'),
  'CourseEditorPage',
);
const CourseTermPage = page(
  /^\/staff\/courses\/[^/]+$/,
  () => import('./pages/staff/CourseTermPage'),
  'CourseTermPage',
);
const UndeliveredPage = page(
  /^\/staff\/notifications$/,
  () => import('./pages/staff/UndeliveredPage'),
  'UndeliveredPage',
);
const VenuesPage = page(/^\/staff\/venues$/, () => import('./pages/staff/VenuesPage'), 'VenuesPage');
const FeaturedPage = page(/^\/staff\/featured$/, () => import('./pages/staff/FeaturedPage'), 'FeaturedPage');
const PeoplePage = page(/^\/admin\/people$/, () => import('./pages/admin/PeoplePage'), 'PeoplePage');
const DashboardPage = page(/^\/analyst$/, () => import('./pages/analyst/DashboardPage'), 'DashboardPage');
const LiveClassesPage = page(/^\/live$/, () => import('./pages/library/LiveClassesPage'), 'LiveClassesPage');

// The page being opened starts loading with this chunk, not after React has rendered the routes.
const here = window.location.pathname.slice(import.meta.env.BASE_URL.length - 1) || '/';
void loaders.find(([path]) => path.test(here))?.[1]();

/** Every address of a city site. Anything else is the not-found page. */
export function SiteRoutes({ config }: { config: RuntimeConfig }) {
  const client = useMemo(() => createApolloClient(config.graphqlUrl), [config.graphqlUrl]);
  const location = useLocation();
  return (
    <ApolloProvider client={client}>
      <GraphQLUrlProvider value={config.graphqlUrl}>
        <SiteRefinementLoader />
        <UnreadWatcher />
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
              <Route path="/me/notifications" element={<NotificationsPage />} />
              <Route path="/me/notifications/settings" element={<NotificationSettingsPage />} />
              <Route path="/unsubscribe" element={<UnsubscribePage />} />
              <Route path="/account/verify-email" element={<VerifyEmailPage />} />
              <Route path="/account/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="/account/reset-password" element={<ResetPasswordPage />} />
              <Route path="/verify/:number" element={<VerifyCertificatePage />} />
              <Route path="/library" element={<LibraryPage />} />
              <Route path="/library/:id" element={<ContentPage />} />
              <Route path="/paths" element={<LearningPathsPage />} />
              <Route path="/live" element={<LiveClassesPage />} />
              <Route path="/staff" element={<StaffCoursesPage />} />
              <Route path="/staff/courses/new" element={<CourseEditorPage />} />
              <Route path="/staff/courses/:courseId/edit" element={<CourseEditorPage />} />
              <Route path="/staff/courses/:courseId" element={<CourseTermPage />} />
              <Route path="/staff/venues" element={<VenuesPage />} />
              <Route path="/staff/notifications" element={<UndeliveredPage />} />
              <Route path="/staff/featured" element={<FeaturedPage />} />
              <Route path="/admin/people" element={<PeoplePage />} />
              <Route path="/analyst" element={<DashboardPage />} />
              <Route
                path="/staff/courses/:courseId/sessions/:sessionId/attendance"
                element={<AttendancePage />}
              />
              <Route path="/admin/contents" element={<ContentAdminPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </GraphQLUrlProvider>
    </ApolloProvider>
  );
}

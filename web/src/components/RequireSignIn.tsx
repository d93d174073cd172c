import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useStoredSession } from '../hooks/useSignedIn';

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/signin?next=${encodeURIComponent(path)}`;
}

/** Shows `children` to a signed-in resident; anyone else goes to sign in, and returns here after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const session = useStoredSession();
  const location = useLocation();
  if (!session) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return children;
}

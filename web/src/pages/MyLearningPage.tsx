import { useSession } from '../hooks/useSession';
import { LearningScreen } from './me/LearningScreen';
import { SignInScreen } from './me/SignInScreen';

/** /me: a resident signs in to see their learning hours, recent records and certificates. */
export function MyLearningPage() {
  const session = useSession();
  if (!session.token) return <SignInScreen expired={session.expired} onSignedIn={session.signIn} />;
  return <LearningScreen token={session.token} onSignOut={session.signOut} onExpired={session.expire} />;
}

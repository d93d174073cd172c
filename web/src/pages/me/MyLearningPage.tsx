import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { RequireSignIn } from '../../components/RequireSignIn';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { AccountEmail } from './AccountEmail';
import { AccountSessions } from './AccountSessions';
import { DeleteAccount } from './DeleteAccount';
import { MoveCity } from './MoveCity';
import { MyCertificates } from './MyCertificates';
import { MyDataExport } from './MyDataExport';
import { MyEnrollments } from './MyEnrollments';
import { MyGreeting } from './MyGreeting';
import { MyRecords } from './MyRecords';
import { MyTranscript } from './MyTranscript';
import { MyWorkLinks } from './MyWorkLinks';
import './me.css';

/**
 * The resident's own page. The learner comes from the learners service, enrollments from courses,
 * the transcript and certificates from history: when one of them does not answer, the rest still
 * shows and the missing part says so (`errorPolicy: 'all'`).
 */
const MyLearningPageQuery = graphql(`
  query MyLearningPage($locale: Locale!) {
    me {
      id
      ...MyGreeting_learner
      ...MyEnrollments_learner
      ...MyTranscript_learner
      ...MyCertificates_learner
      ...MoveCity_learner
      ...MyWorkLinks_learner
      ...AccountEmail_learner
    }
  }
`);

export function MyLearningPage() {
  return (
    <RequireSignIn>
      <MyLearning />
    </RequireSignIn>
  );
}

function MyLearning() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('me.title'));
  const locale = useGraphQLLocale();
  const { data, error, loading, refetch } = useQuery(MyLearningPageQuery, {
    variables: { locale },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const me = data?.me;
  // UNAUTHENTICATED ends the session (apollo.ts), and RequireSignIn then asks to sign in again.
  const signedOut = hasErrorCode(error, 'UNAUTHENTICATED');
  return (
    <div className="page me-page" data-testid="my-learning">
      <h1>{t('me.title')}</h1>
      {!me && loading && (
        <p className="loading" role="status">
          {t('common:loading')}
        </p>
      )}
      {!me && !loading && !signedOut && <ApiError error={error} onRetry={() => void refetch()} />}
      {me && (
        <>
          <MyGreeting learner={me} />
          <MyWorkLinks learner={me} />
          <MyEnrollments learner={me} error={error} />
          <MyTranscript learner={me} error={error} />
          <MyRecords />
          <MyCertificates learner={me} error={error} />
          <section className="me-section" aria-labelledby="me-account-heading">
            <h2 id="me-account-heading">{t('me.account.heading')}</h2>
            <MyDataExport />
            <AccountEmail learner={me} />
            <MoveCity learner={me} />
            <AccountSessions />
            <DeleteAccount />
          </section>
        </>
      )}
    </div>
  );
}

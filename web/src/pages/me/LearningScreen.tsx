import { useQuery } from '@apollo/client/react';
import { useEffect, useId } from 'react';
import { CertificateList } from '../../components/CertificateList';
import { ErrorState } from '../../components/ErrorState';
import { LearningSummary } from '../../components/LearningSummary';
import { PageFrame } from '../../components/PageFrame';
import { RecentRecords } from '../../components/RecentRecords';
import { CITY_ID } from '../../config';
import { graphql } from '../../generated';
import { toGraphQLLocale, useLocale, useT } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';

/**
 * The signed-in resident's lifelong learning: hours, certificates and recent records. The resident
 * comes from learners, their learning from history: when history is down, the page still shows who
 * is signed in and says which parts are missing (`errorPolicy: 'all'`).
 */
const LearningScreenQuery = graphql(`
  query LearningScreen($cityId: ID!, $locale: Locale!) {
    city(id: $cityId) {
      id
      ...SiteHeader_city
    }
    me {
      id
      displayName
      ...LearningSummary_learner
      ...CertificateList_learner
      ...RecentRecords_learner
    }
  }
`);

interface LearningScreenProps {
  token: string;
  onSignOut: () => void;
  /** The API no longer accepts the token. */
  onExpired: () => void;
}

export function LearningScreen({ token, onSignOut, onExpired }: LearningScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const { data, error, refetch } = useQuery(LearningScreenQuery, {
    variables: { cityId: CITY_ID, locale: toGraphQLLocale(locale) },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  // Signed out: the token was refused, or it was accepted as nobody's. A `me` that is null *with*
  // another error means the learners service did not answer: that is an error to show, not a sign-out.
  const signedOut = hasErrorCode(error, 'UNAUTHENTICATED') || (data?.me === null && !error);
  useEffect(() => {
    if (signedOut) onExpired();
  }, [signedOut, onExpired]);

  const me = data?.me;
  return (
    <PageFrame city={data?.city} headingId={headingId} heading={t.me.heading}>
      {error && !me && !signedOut && <ErrorState error={error} onRetry={() => refetch().catch(() => {})} />}
      {!me && !error && (
        <p className="loading" role="status">
          {t.me.loading}
        </p>
      )}
      {me && (
        <>
          <p data-testid="me-name">
            {me.displayName} ·{' '}
            <button type="button" className="button button--secondary" onClick={onSignOut}>
              {t.me.signOut}
            </button>
          </p>
          <LearningSummary learner={me} error={error} />
          <CertificateList learner={me} token={token} error={error} />
          <RecentRecords learner={me} error={error} />
        </>
      )}
    </PageFrame>
  );
}

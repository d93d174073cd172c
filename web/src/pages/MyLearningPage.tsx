import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { ErrorState } from '../components/ErrorState';
import { PageFrame } from '../components/PageFrame';
import { SiteHeader_city, type SiteHeaderCity } from '../components/SiteHeader';
import { CITY_ID, GRAPHQL_URL } from '../config';
import { labelOf, toGraphQLLocale, useLocale, useT } from '../i18n';
import { errorCodeOf } from '../lib/errors';
import { formatDate, formatNumber } from '../lib/format';
import { downloadWithToken, readToken, storeToken } from '../lib/session';

interface Certificate {
  id: string;
  number: string;
  courseTitle: string;
  hours: number;
  category: string;
  issuedAt: string;
  pdfPath: string;
  verificationUrl: string;
  revokedAt: string | null;
  city: { id: string; name: string };
}

export interface MyLearningData {
  city: SiteHeaderCity | null;
  me: {
    id: string;
    displayName: string;
    transcript: {
      totalHours: number;
      hoursByCategory: { category: string; hours: number }[];
      records: {
        totalCount: number;
        edges: {
          node: { id: string; verb: string; occurredAt: string; city: { id: string; name: string } };
        }[];
      };
    };
    certificates: Certificate[];
  } | null;
}

/** The signed-in resident's lifelong learning: hours, recent records and certificates (PDF). */
export const MY_LEARNING_QUERY: TypedDocumentNode<MyLearningData, { cityId: string; locale: string }> = gql`
  query MyLearning($cityId: ID!, $locale: Locale!) {
    city(id: $cityId) {
      id
      ...SiteHeader_city
    }
    me {
      id
      displayName
      transcript {
        totalHours
        hoursByCategory {
          category
          hours
        }
        records(first: 10) {
          totalCount
          edges {
            node {
              id
              verb
              occurredAt
              city {
                id
                name(locale: $locale)
              }
            }
          }
        }
      }
      certificates {
        id
        number
        courseTitle
        hours
        category
        issuedAt
        pdfPath
        verificationUrl
        revokedAt
        city {
          id
          name(locale: $locale)
        }
      }
    }
  }
  ${SiteHeader_city}
`;

const SIGN_IN: TypedDocumentNode<{ signIn: { token: string } }, { email: string; password: string }> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
    }
  }
`;

export function MyLearningPage() {
  const [token, setToken] = useState(readToken);
  const [expired, setExpired] = useState(false);
  const client = useApolloClient();
  const signOut = useCallback(
    (becauseExpired: boolean) => {
      storeToken(null);
      setToken(null);
      setExpired(becauseExpired);
      client.clearStore().catch(() => {});
    },
    [client],
  );
  if (!token) {
    return (
      <SignIn
        expired={expired}
        onSignedIn={(next) => {
          storeToken(next);
          setToken(next);
          setExpired(false);
        }}
      />
    );
  }
  return <MyLearning token={token} onSignOut={signOut} />;
}

function SignIn({ expired, onSignedIn }: { expired: boolean; onSignedIn: (token: string) => void }) {
  const t = useT();
  const headingId = useId();
  const emailId = useId();
  const passwordId = useId();
  const [signIn, { loading, error }] = useMutation(SIGN_IN);
  const { data } = useQuery(MY_LEARNING_CITY_QUERY, { variables: { cityId: CITY_ID } });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await signIn({
      variables: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
    }).catch(() => null);
    if (result?.data?.signIn.token) onSignedIn(result.data.signIn.token);
  };
  return (
    <PageFrame city={data?.city} headingId={headingId} heading={t.me.signInHeading}>
      {expired && <p role="status">{t.me.expired}</p>}
      <form className="sign-in" onSubmit={submit} data-testid="sign-in">
        <label htmlFor={emailId}>{t.me.email}</label>
        <input id={emailId} name="email" type="email" autoComplete="username" required />
        <label htmlFor={passwordId}>{t.me.password}</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" required />
        {error && <ErrorState error={error} message={t.me.signInFailed} compact />}
        <button type="submit" className="button" disabled={loading}>
          {t.me.signIn}
        </button>
      </form>
    </PageFrame>
  );
}

const MY_LEARNING_CITY_QUERY: TypedDocumentNode<{ city: SiteHeaderCity | null }, { cityId: string }> = gql`
  query MyLearningCity($cityId: ID!) {
    city(id: $cityId) {
      id
      ...SiteHeader_city
    }
  }
  ${SiteHeader_city}
`;

function MyLearning({ token, onSignOut }: { token: string; onSignOut: (expired: boolean) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const { data, error, refetch } = useQuery(MY_LEARNING_QUERY, {
    variables: { cityId: CITY_ID, locale: toGraphQLLocale(locale) },
    fetchPolicy: 'cache-and-network',
  });
  const unauthenticated = errorCodeOf(error) === 'UNAUTHENTICATED' || (data && data.me === null);
  useEffect(() => {
    if (unauthenticated) onSignOut(true);
  }, [unauthenticated, onSignOut]);

  const me = data?.me;
  const download = (certificate: Certificate) => {
    setDownloadFailed(false);
    const url = new URL(certificate.pdfPath, GRAPHQL_URL).toString();
    downloadWithToken(url, token, `${certificate.number}.pdf`).catch(() => setDownloadFailed(true));
  };

  return (
    <PageFrame city={data?.city} headingId={headingId} heading={t.me.heading}>
      {error && !unauthenticated && <ErrorState error={error} onRetry={() => refetch().catch(() => {})} />}
      {!me && !error && (
        <p className="loading" role="status">
          {t.me.loading}
        </p>
      )}
      {me && (
        <>
          <p data-testid="me-name">
            {me.displayName} ·{' '}
            <button type="button" className="button button--secondary" onClick={() => onSignOut(false)}>
              {t.me.signOut}
            </button>
          </p>
          <section aria-label={t.me.hours}>
            <p className="verification__verdict" data-testid="total-hours">
              {t.me.totalHours(formatNumber(me.transcript.totalHours, locale))}
            </p>
            <ul>
              {me.transcript.hoursByCategory
                .filter((c) => c.hours > 0)
                .map((c) => (
                  <li key={c.category}>
                    {labelOf(t.category, c.category)}: {t.course.hoursValue(formatNumber(c.hours, locale))}
                  </li>
                ))}
            </ul>
          </section>
          <h3>{t.me.certificates}</h3>
          {me.certificates.length === 0 && <p>{t.me.noCertificates}</p>}
          {downloadFailed && <ErrorState message={t.me.downloadFailed} compact />}
          <ul className="course-grid">
            {me.certificates.map((certificate) => (
              <li key={certificate.id}>
                <article className="course-card" data-testid="certificate">
                  <h4 className="course-card__title">{certificate.courseTitle}</h4>
                  <p>
                    {certificate.city.name} · {t.course.hoursValue(formatNumber(certificate.hours, locale))} ·{' '}
                    {labelOf(t.category, certificate.category)}
                  </p>
                  <p>
                    {t.verify.number}: <span data-testid="certificate-number">{certificate.number}</span> ·{' '}
                    <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
                  </p>
                  {certificate.revokedAt && <p>{t.verify.invalid}</p>}
                  <p>
                    <button type="button" className="button" onClick={() => download(certificate)}>
                      {t.me.downloadPdf}
                    </button>{' '}
                    <a href={certificate.verificationUrl}>{t.me.verifyLink}</a>
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <h3>{t.me.recent}</h3>
          <ol data-testid="records">
            {me.transcript.records.edges.map(({ node }) => (
              <li key={node.id}>
                <time dateTime={node.occurredAt}>{formatDate(node.occurredAt, locale)}</time> ·{' '}
                {labelOf(t.verb, node.verb)} · {node.city.name}
              </li>
            ))}
          </ol>
        </>
      )}
    </PageFrame>
  );
}

import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { PageFrame } from '../../components/PageFrame';
import { SignInForm } from '../../components/SignInForm';
import { CITY_ID } from '../../config';
import { graphql } from '../../generated';
import { toGraphQLLocale, useLocale, useT } from '../../i18n';

const SignInScreenQuery = graphql(`
  query SignInScreen($cityId: ID!, $locale: Locale!) {
    city(id: $cityId) {
      id
      ...SiteHeader_city
    }
  }
`);

interface SignInScreenProps {
  /** The last sign-in expired: say so above the form. */
  expired: boolean;
  onSignedIn: (token: string) => void;
}

/** /me before the resident has signed in (or after their sign-in expired). */
export function SignInScreen({ expired, onSignedIn }: SignInScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  // Only the city's header: without it the form still works, under the platform's name.
  const { data } = useQuery(SignInScreenQuery, {
    variables: { cityId: CITY_ID, locale: toGraphQLLocale(locale) },
  });
  return (
    <PageFrame city={data?.city} headingId={headingId} heading={t.me.signInHeading}>
      {expired && <p role="status">{t.me.expired}</p>}
      <SignInForm onSignedIn={onSignedIn} />
    </PageFrame>
  );
}

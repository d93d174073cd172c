import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { PersonCertificates } from './PersonCertificates';
import { PersonRoles } from './PersonRoles';

export const PersonDetailsFragment = graphql(`
  fragment PersonDetails_learner on Learner {
    id
    displayName
    email
    residence {
      id
      name(locale: $locale)
    }
    ...PersonRoles_learner
    ...PersonCertificates_learner
  }
`);

/** The person found: who they are, the roles they hold and their certificates. Takes focus when shown. */
export function PersonDetails(props: { learner: FragmentType<typeof PersonDetailsFragment> }) {
  const learner = getFragmentData(PersonDetailsFragment, props.learner);
  const { t } = useTranslation('admin');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (learner.id) heading.current?.focus();
  }, [learner.id]);
  return (
    <section className="card people-person" aria-labelledby="person-name" data-testid="person">
      <h2 id="person-name" ref={heading} tabIndex={-1}>
        {learner.displayName}
      </h2>
      <dl className="people-facts">
        <div>
          <dt>{t('people.person.email')}</dt>
          <dd data-testid="person-email">{learner.email}</dd>
        </div>
        <div>
          <dt>{t('people.person.residence')}</dt>
          <dd data-testid="person-residence">{learner.residence.name}</dd>
        </div>
      </dl>
      <PersonRoles learner={learner} name={learner.displayName} />
      <PersonCertificates learner={learner} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';

export const MyGreeting_learner = graphql(`
  fragment MyGreeting_learner on Learner {
    id
    displayName
    residence {
      id
      name(locale: $locale)
    }
  }
`);

/** Who is signed in and where they live. */
export function MyGreeting(props: { learner: FragmentType<typeof MyGreeting_learner> }) {
  const { t } = useTranslation(['account', 'common']);
  const learner = getFragmentData(MyGreeting_learner, props.learner);
  return (
    <div className="me-greeting">
      <p className="me-greeting__hello" data-testid="me-name">
        {t('me.greeting', { name: learner.displayName })}
      </p>
      <p className="muted">{t('me.residence', { city: learner.residence.name })}</p>
    </div>
  );
}

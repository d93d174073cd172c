import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { theme } from '../../theme';
import { type WorkGrant, workPageKeys, workPages } from './workPages';

export const MyWorkLinks_learner = graphql(`
  fragment MyWorkLinks_learner on Learner {
    roles {
      role
      city {
        id
      }
    }
  }
`);

/** The pages a staff member, instructor, analyst or admin works in, for the roles they hold here. */
export function MyWorkLinks(props: { learner: FragmentType<typeof MyWorkLinks_learner> }) {
  const { t } = useTranslation('account');
  const { roles } = getFragmentData(MyWorkLinks_learner, props.learner);
  const grants: WorkGrant[] = roles.map((grant) => ({ role: grant.role, cityId: grant.city?.id ?? null }));
  const pages = workPages(grants, theme.cityId);
  if (pages.length === 0) return null;
  return (
    <nav className="me-section me-work" aria-labelledby="me-work-heading" data-testid="my-work">
      <h2 id="me-work-heading">{t('me.work.heading')}</h2>
      <ul className="me-work__links">
        {pages.map((page) => (
          <li key={page}>
            <Link to={page} className="button button--secondary">
              {t(`me.work.pages.${workPageKeys[page]}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

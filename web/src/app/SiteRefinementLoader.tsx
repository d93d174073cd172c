import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../generated';
import { theme } from '../theme';
import { refineSite } from '../theme/siteRefinement';
import { setSiteRefinement } from './siteName';

const CitySite = graphql(`
  query CitySite($cityId: ID!) {
    city(id: $cityId) {
      id
      site {
        siteName
        primaryColor
      }
    }
  }
`);

/** For a default-skinned build: asks the API for the city's name and colour (City.site) and wears them. */
export function SiteRefinementLoader() {
  const { data } = useQuery(CitySite, { variables: { cityId: theme.cityId }, skip: !theme.isDefault });
  const site = data?.city?.site;
  useEffect(() => {
    if (!site) return;
    const refinement = { siteName: site.siteName, primaryColor: site.primaryColor };
    refineSite(refinement);
    setSiteRefinement(refinement);
  }, [site]);
  return null;
}

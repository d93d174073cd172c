import { gql, type TypedDocumentNode } from '@apollo/client';
import { useT } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

export const SiteHeader_city: TypedDocumentNode<SiteHeaderCity> = gql`
  fragment SiteHeader_city on City {
    id
    name(locale: $locale)
    site {
      siteName
      primaryColor
      logoUrl
    }
  }
`;

export interface SiteHeaderCity {
  __typename?: 'City';
  id: string;
  name: string;
  site: { __typename?: 'CitySite'; siteName: string; primaryColor: string; logoUrl: string | null };
}

/** The city's banner. Without a city (still loading, or not found) it shows the platform's name. */
export function SiteHeader({ city }: { city: SiteHeaderCity | null | undefined }) {
  const t = useT();

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__brand">
          {city?.site.logoUrl && <img className="site-header__logo" src={city.site.logoUrl} alt="" />}
          <div>
            {city && <p className="site-header__city">{city.name}</p>}
            <h1 className="site-header__title" data-testid="site-name">
              {city?.site.siteName ?? t.appName}
            </h1>
          </div>
        </div>
        <LanguageSwitcher />
      </div>
    </header>
  );
}

import { type FragmentType, getFragmentData, graphql } from '../generated';
import { useT } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

/** `$locale` is a variable of the page query that spreads this fragment. */
export const SiteHeader_city = graphql(`
  fragment SiteHeader_city on City {
    id
    name(locale: $locale)
    site {
      siteName
      logoUrl
    }
  }
`);

export type SiteHeaderCity = FragmentType<typeof SiteHeader_city>;

/** The city's banner. Without a city (still loading, or not found) it shows the platform's name. */
export function SiteHeader(props: { city: SiteHeaderCity | null | undefined }) {
  const t = useT();
  const city = getFragmentData(SiteHeader_city, props.city);

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

import { gql, type TypedDocumentNode } from '@apollo/client';
import { useId } from 'react';
import { useLocale, useT } from '../i18n';
import { formatNumber } from '../lib/format';

/** The online contents a city features on its site. `$locale` is a variable of the page query. */
export const FeaturedContents_city: TypedDocumentNode<FeaturedContentsCity> = gql`
  fragment FeaturedContents_city on City {
    id
    featuredContents {
      id
      title(locale: $locale)
      provider
      durationMinutes
      url
    }
  }
`;

export interface FeaturedContentsCity {
  __typename?: 'City';
  id: string;
  featuredContents: ReadonlyArray<{
    __typename?: 'Content';
    id: string;
    title: string;
    provider: string;
    durationMinutes: number;
    url: string;
  }>;
}

export function FeaturedContents({ city }: { city: FeaturedContentsCity }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  if (city.featuredContents.length === 0) return null;
  return (
    <section className="featured" aria-labelledby={headingId}>
      <h2 className="main__heading" id={headingId}>
        {t.featured.heading}
      </h2>
      <ul className="course-grid">
        {city.featuredContents.map((content) => (
          <li key={content.id}>
            <article className="course-card" data-testid="featured-content">
              <h3 className="course-card__title">
                <a href={content.url} target="_blank" rel="noopener noreferrer">
                  {content.title}
                </a>
              </h3>
              <p>
                {content.provider} · {t.featured.minutes(formatNumber(content.durationMinutes, locale))}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

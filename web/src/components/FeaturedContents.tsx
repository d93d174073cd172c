import { useId } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../generated';
import { useLocale, useT } from '../i18n';
import { formatNumber } from '../lib/format';
import { ErrorState } from './ErrorState';

/** The online contents a city features on its site. `$locale` is a variable of the page query. */
export const FeaturedContents_city = graphql(`
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
`);

interface FeaturedContentsProps {
  city: FragmentType<typeof FeaturedContents_city>;
  /** The page query's error: null contents mean the content service did not answer. */
  error?: unknown;
}

export function FeaturedContents(props: FeaturedContentsProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const { featuredContents } = getFragmentData(FeaturedContents_city, props.city);
  if (featuredContents?.length === 0) return null;
  return (
    <section className="featured" aria-labelledby={headingId}>
      <h2 className="main__heading" id={headingId}>
        {t.featured.heading}
      </h2>
      {featuredContents === null ? (
        <ErrorState error={props.error} message={t.featured.unavailable} compact />
      ) : (
        <ul className="course-grid">
          {featuredContents.map((content) => (
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
      )}
    </section>
  );
}

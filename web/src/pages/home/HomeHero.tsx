import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSiteName } from '../../app/siteName';
import { useLocale } from '../../i18n';
import { localized, theme } from '../../theme';
import { MAX_SEARCH_LENGTH } from '../courses/courseSearch';

/** The site's name (the page's h1), its tagline and a course search that lands on /courses. */
export function HomeHero() {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const siteName = useSiteName();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const inputId = useId();

  function search(event: FormEvent) {
    event.preventDefault();
    const text = query.trim();
    navigate(text ? `/courses?${new URLSearchParams({ search: text })}` : '/courses');
  }

  return (
    <section className="home-hero" aria-labelledby={`${inputId}-title`}>
      {theme.heroUrl && (
        <img
          className="home-hero__image"
          src={theme.heroUrl}
          alt=""
          width="1200"
          height="400"
          fetchPriority="high"
        />
      )}
      <div className="home-hero__body">
        <h1 id={`${inputId}-title`}>{siteName}</h1>
        <p className="home-hero__tagline">{localized(theme.tagline, locale)}</p>
        <search className="home-hero__search">
          <form onSubmit={search}>
            <label htmlFor={inputId}>{t('home.searchLabel')}</label>
            <div className="home-hero__search-row">
              <input
                id={inputId}
                type="search"
                name="search"
                value={query}
                maxLength={MAX_SEARCH_LENGTH}
                placeholder={t('home.searchPlaceholder')}
                onChange={(event) => setQuery(event.target.value)}
              />
              <button type="submit" className="button">
                {t('home.searchButton')}
              </button>
            </div>
          </form>
        </search>
      </div>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { SiteHeader, type SiteHeaderCity } from './SiteHeader';

interface PageFrameProps {
  city: SiteHeaderCity | null | undefined;
  headingId: string;
  heading: string;
  busy?: boolean;
  children: ReactNode;
}

/** What every page of a city's site has: the skip link, the city's header, one main region, the footer. */
export function PageFrame({ city, headingId, heading, busy = false, children }: PageFrameProps) {
  const t = useT();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <SiteHeader city={city} />
      <nav className="site-nav" aria-label={t.appName}>
        <a href="/">{t.nav.courses}</a>
        <a href="/me">{t.nav.me}</a>
      </nav>
      <main id="main" className="main" tabIndex={-1} aria-busy={busy}>
        <h2 className="main__heading" id={headingId}>
          {heading}
        </h2>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t.appName} · {t.tagline}
        </p>
      </footer>
    </div>
  );
}

import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** What every page has: the skip link, the city's header and menu, one main region, the footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  // After a navigation, a screen reader or keyboard user starts at the new page's content, not
  // wherever the old page left the focus.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void pathname;
    main.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useStoredSession } from '../hooks/useSignedIn';
import { useLocale } from '../i18n';
import { localized, theme } from '../theme';
import { LanguageMenu } from './LanguageMenu';
import { NotificationBell } from './NotificationBell';
import { useSiteName } from './siteName';

/** The city's banner: logo and site name (a link home), the main menu and the language menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const signedIn = useStoredSession() !== null;
  const siteName = useSiteName();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          <img className="site-header__logo" src={theme.logoUrl} alt="" width="40" height="40" />
          <span>
            <span className="site-header__title" data-testid="site-name">
              {siteName}
            </span>
            <span className="site-header__tagline">{localized(theme.tagline, locale)}</span>
          </span>
        </Link>
        <LanguageMenu />
      </div>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/courses">{t('nav.courses')}</NavLink>
          </li>
          <li>
            <NavLink to="/library">{t('nav.library')}</NavLink>
          </li>
          <li>
            <NavLink to="/live">{t('nav.live')}</NavLink>
          </li>
          {signedIn ? (
            <>
              <li>
                <NavLink to="/me" end>
                  {t('nav.me')}
                </NavLink>
              </li>
              <li>
                <NotificationBell />
              </li>
            </>
          ) : (
            <>
              <li>
                <NavLink to="/signin">{t('nav.signIn')}</NavLink>
              </li>
              <li>
                <NavLink to="/signup">{t('nav.signUp')}</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}

import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n';
import { localized, theme } from '../theme';

/** Who runs the site, where, and the privacy policy every Korean public site links to. */
export function SiteFooter() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { footer } = theme;
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <ul className="site-footer__links">
          <li>
            <a className="site-footer__privacy" href={footer.privacyPolicyUrl} rel="noopener">
              {t('footer.privacyPolicy')}
            </a>
          </li>
          {footer.termsUrl && (
            <li>
              <a href={footer.termsUrl} rel="noopener">
                {t('footer.terms')}
              </a>
            </li>
          )}
        </ul>
        <dl className="site-footer__facts">
          <div>
            <dt>{t('footer.operator')}</dt>
            <dd>{localized(footer.operator, locale)}</dd>
          </div>
          <div>
            <dt>{t('footer.address')}</dt>
            <dd>{localized(footer.address, locale)}</dd>
          </div>
          <div>
            <dt>{t('footer.phone')}</dt>
            <dd>
              <a href={`tel:${footer.phone}`}>{footer.phone}</a>
            </dd>
          </div>
        </dl>
        <p className="site-footer__platform">{t('footer.platform')}</p>
      </div>
    </footer>
  );
}

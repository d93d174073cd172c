import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { localized, theme } from '../../theme';

/** The city's notices, from its skin (no request). */
export function HomeNotices() {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  if (theme.notices.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="home-notices">
      <h2 id="home-notices">{t('common:notices.heading')}</h2>
      <ul className="home-list">
        {theme.notices.map((notice) => {
          const title = localized(notice.title, locale);
          return (
            <li key={`${notice.date}-${title}`} className="home-list__item home-notice" data-testid="notice">
              <time dateTime={notice.date} className="muted">
                {formatDate(notice.date, locale)}
              </time>
              {notice.url ? (
                <a href={notice.url} rel="noopener">
                  {title}
                </a>
              ) : (
                <span>{title}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

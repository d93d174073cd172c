import { useEffect } from 'react';
import { useLocale } from '../i18n';
import { localized, theme } from '../theme';

/** Sets the document title to "<page> · <site name>" (the site name alone on the home page). */
export function usePageTitle(title: string | null | undefined): void {
  const { locale } = useLocale();
  const siteName = localized(theme.siteName, locale);
  useEffect(() => {
    document.title = title ? `${title} · ${siteName}` : siteName;
  }, [title, siteName]);
}

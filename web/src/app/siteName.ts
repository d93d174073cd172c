import { useSyncExternalStore } from 'react';
import { useLocale } from '../i18n';
import { localized, theme } from '../theme';
import { cachedRefinement, type SiteRefinement } from '../theme/siteRefinement';

// A default-skinned build shows the name the API gives its city (City.site.siteName) in Korean,
// once known; a city with its own skin always shows its theme's names.
let refinement: SiteRefinement | null = null;
const listeners = new Set<() => void>();

export function setSiteRefinement(next: SiteRefinement): void {
  refinement = next;
  for (const listener of listeners) listener();
}

export function startSiteRefinement(): void {
  refinement = cachedRefinement();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The site's name in the current language. */
export function useSiteName(): string {
  const { locale } = useLocale();
  const current = useSyncExternalStore(subscribe, () => refinement);
  if (theme.isDefault && current && locale === 'ko') return current.siteName;
  return localized(theme.siteName, locale);
}

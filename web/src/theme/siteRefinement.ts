// A city without its own skin folder wears the province's default skin, refined by its City.site
// (name and brand colour) from the API. The last refinement is remembered, so that a returning
// visitor's first paint already shows it.
import { accessiblePrimary } from '../lib/color';
import { theme } from './index';

export interface SiteRefinement {
  siteName: string;
  primaryColor: string;
}

const KEY = `baeumteo.site.${theme.cityId}`;

function apply(refinement: SiteRefinement): void {
  document.documentElement.style.setProperty('--color-primary', accessiblePrimary(refinement.primaryColor));
}

function read(): SiteRefinement | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object' && 'siteName' in value && 'primaryColor' in value) {
      const { siteName, primaryColor } = value as Record<string, unknown>;
      if (typeof siteName === 'string' && typeof primaryColor === 'string') return { siteName, primaryColor };
    }
  } catch {
    // storage disabled or garbled: the default skin stays until the API answers
  }
  return null;
}

/** What the last visit learned from the API; applied before the first render. */
export function cachedRefinement(): SiteRefinement | null {
  if (!theme.isDefault) return null;
  const cached = read();
  if (cached) apply(cached);
  return cached;
}

/** Applies and remembers City.site for a default-skinned build; a city with its own skin ignores it. */
export function refineSite(refinement: SiteRefinement): void {
  if (!theme.isDefault) return;
  apply(refinement);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(refinement));
  } catch {
    // not remembered; applied for this visit
  }
}

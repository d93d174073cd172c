// The library's filters live in the address (?q=&kind=&level=&category=&language=&provider=), so a
// search can be bookmarked, shared and restored with Back. Unknown values are ignored.
import type {
  ContentFilter,
  ContentKind,
  ContentLevel,
  LearningCategory,
  Locale,
} from '../../generated/graphql';

export { CATEGORIES, KINDS, LANGUAGES, LEVELS } from '../../lib/enums';

import { CATEGORIES, KINDS, LANGUAGES, LEVELS } from '../../lib/enums';

/** The API takes at most 100 characters of search text. */
export const SEARCH_MAX_LENGTH = 100;

export interface LibraryFilters {
  search: string;
  kind?: ContentKind;
  level?: ContentLevel;
  category?: LearningCategory;
  language?: Locale;
  /** Not an API filter: narrows the contents loaded so far. */
  provider?: string;
}

export type FilterName = 'kind' | 'level' | 'category' | 'language' | 'provider';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function filtersFromParams(params: URLSearchParams): LibraryFilters {
  const provider = params.get('provider')?.trim();
  return {
    search: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
    kind: oneOf(KINDS, params.get('kind')),
    level: oneOf(LEVELS, params.get('level')),
    category: oneOf(CATEGORIES, params.get('category')),
    language: oneOf(LANGUAGES, params.get('language')),
    provider: provider || undefined,
  };
}

/** The API's filter: only what is set, so that equal searches share one cached list. */
export function apiFilter(filters: LibraryFilters): ContentFilter {
  const filter: ContentFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.kind) filter.kind = filters.kind;
  if (filters.level) filter.level = filters.level;
  if (filters.category) filter.category = filters.category;
  if (filters.language) filter.language = filters.language;
  return filter;
}

/** `params` with one filter set (or removed when `value` is empty); other parameters are kept. */
export function withParam(params: URLSearchParams, name: FilterName | 'q', value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const trimmed = value.trim();
  if (trimmed) next.set(name, trimmed);
  else next.delete(name);
  return next;
}

/** The providers of the loaded contents, each once, in the locale's order. */
export function providersOf(contents: readonly { provider: string }[], locale: string): string[] {
  return [...new Set(contents.map((content) => content.provider))].sort((a, b) => a.localeCompare(b, locale));
}

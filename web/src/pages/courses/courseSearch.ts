// The course search as it lives in the address bar: every filter is a search param, so a search
// can be shared, bookmarked and walked back with the browser's back button. Unknown or malformed
// values are dropped rather than sent to the API.

import { CATEGORIES, FORMATS, TIMES_OF_DAY, WEEKDAYS } from '../../lib/enums';

export { CATEGORIES, FORMATS, TIMES_OF_DAY, WEEKDAYS };

export type Category = (typeof CATEGORIES)[number];
export type Format = (typeof FORMATS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export interface CourseSearch {
  search: string;
  category: Category | null;
  format: Format | null;
  openNow: boolean;
  venueId: string | null;
  dong: string | null;
  weekdays: Weekday[];
  timeOfDay: TimeOfDay | null;
}

/** The API accepts at most 100 characters of search text. */
export const MAX_SEARCH_LENGTH = 100;
/** ...and at most 50 of a dong's name. */
const MAX_DONG_LENGTH = 50;

export const EMPTY_SEARCH: CourseSearch = {
  search: '',
  category: null,
  format: null,
  openNow: false,
  venueId: null,
  dong: null,
  weekdays: [],
  timeOfDay: null,
};

export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function text(value: string | null, max = MAX_SEARCH_LENGTH): string | null {
  const trimmed = value?.trim().slice(0, max) ?? '';
  return trimmed === '' ? null : trimmed;
}

export function parseCourseSearch(params: URLSearchParams): CourseSearch {
  const days = new Set(params.getAll('day'));
  return {
    search: text(params.get('search')) ?? '',
    category: oneOf(CATEGORIES, params.get('category')),
    format: oneOf(FORMATS, params.get('format')),
    openNow: params.get('open') === '1',
    venueId: text(params.get('venue')),
    dong: text(params.get('dong'), MAX_DONG_LENGTH),
    // In week order, whatever order the address lists them in.
    weekdays: WEEKDAYS.filter((day) => days.has(day)),
    timeOfDay: oneOf(TIMES_OF_DAY, params.get('time')),
  };
}

export function toSearchParams(search: CourseSearch): URLSearchParams {
  const params = new URLSearchParams();
  const query = search.search.trim();
  if (query) params.set('search', query);
  if (search.category) params.set('category', search.category);
  if (search.format) params.set('format', search.format);
  if (search.openNow) params.set('open', '1');
  if (search.venueId) params.set('venue', search.venueId);
  if (search.dong) params.set('dong', search.dong);
  for (const day of search.weekdays) params.append('day', day);
  if (search.timeOfDay) params.set('time', search.timeOfDay);
  return params;
}

/** Whether any filter (search text included) narrows the list. */
export function isFiltered(search: CourseSearch): boolean {
  return toSearchParams(search).size > 0;
}

/** The API's CourseFilter (schema/api.graphql) as this page fills it. */
export interface CourseFilterInput {
  cityId: string;
  search?: string;
  category?: Category;
  format?: Format;
  openForApplication?: boolean;
  venueId?: string;
  dong?: string;
  weekdays?: Weekday[];
  timeOfDay?: TimeOfDay;
}

/** The API's CourseFilter for a search in one city: only the filters that are set. */
export function toCourseFilter(search: CourseSearch, cityId: string): CourseFilterInput {
  const filter: CourseFilterInput = { cityId };
  const query = search.search.trim();
  if (query) filter.search = query;
  if (search.category) filter.category = search.category;
  if (search.format) filter.format = search.format;
  if (search.openNow) filter.openForApplication = true;
  if (search.venueId) filter.venueId = search.venueId;
  if (search.dong) filter.dong = search.dong;
  if (search.weekdays.length > 0) filter.weekdays = search.weekdays;
  if (search.timeOfDay) filter.timeOfDay = search.timeOfDay;
  return filter;
}

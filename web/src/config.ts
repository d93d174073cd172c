/** Build-time settings, replaced by Vite's `define` (see vite.config.ts). */
export const CITY_ID: string = __CITY__;
export const GRAPHQL_URL: string = __GRAPHQL_URL__;

/** Courses fetched per "Show more". */
export const PAGE_SIZE = 24;
/** The most courses the API returns for one request (`courses(first:)`). */
export const MAX_PAGE_SIZE = 100;

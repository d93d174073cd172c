// Which work pages a signed-in person has on this city's site, from the roles they hold.

export interface WorkGrant {
  role: string;
  cityId: string | null;
}

export type WorkPage =
  | '/staff'
  | '/staff/venues'
  | '/staff/featured'
  | '/analyst'
  | '/admin/contents'
  | '/admin/people';

/** Each page's message key under me.work.pages. */
export const workPageKeys = {
  '/staff': 'courses',
  '/staff/venues': 'venues',
  '/staff/featured': 'featured',
  '/analyst': 'analyst',
  '/admin/contents': 'contents',
  '/admin/people': 'people',
} as const satisfies Record<WorkPage, string>;

/**
 * City staff of this site's city run its courses, venues and featured items; its instructors take
 * attendance from the course list; analysts see the dashboard; province admins have everything.
 */
export function workPages(grants: readonly WorkGrant[], siteCityId: string): WorkPage[] {
  const holds = (role: string, here = false) =>
    grants.some((g) => g.role === role && (!here || g.cityId === siteCityId));
  const admin = holds('PROVINCE_ADMIN');
  const pages: WorkPage[] = [];
  if (admin || holds('CITY_STAFF', true) || holds('INSTRUCTOR', true)) pages.push('/staff');
  if (admin || holds('CITY_STAFF', true)) pages.push('/staff/venues', '/staff/featured');
  if (admin || holds('ANALYST')) pages.push('/analyst');
  if (admin) pages.push('/admin/contents', '/admin/people');
  return pages;
}

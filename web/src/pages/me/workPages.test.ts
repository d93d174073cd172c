import { describe, expect, it } from 'vitest';
import { workPages } from './workPages';

describe('workPages', () => {
  it('shows a resident nothing', () => {
    expect(workPages([{ role: 'RESIDENT', cityId: null }], 'siheung')).toEqual([]);
  });

  it("gives a city's staff its pages on their own city's site only", () => {
    const staff = [{ role: 'CITY_STAFF', cityId: 'siheung' }];
    expect(workPages(staff, 'siheung')).toEqual(['/staff', '/staff/venues', '/staff/featured']);
    expect(workPages(staff, 'seongnam')).toEqual([]);
  });

  it('gives an instructor the course list, an analyst the dashboard, an admin everything', () => {
    expect(workPages([{ role: 'INSTRUCTOR', cityId: 'siheung' }], 'siheung')).toEqual(['/staff']);
    expect(workPages([{ role: 'ANALYST', cityId: null }], 'siheung')).toEqual(['/analyst']);
    expect(workPages([{ role: 'PROVINCE_ADMIN', cityId: null }], 'suwon')).toEqual([
      '/staff',
      '/staff/venues',
      '/staff/featured',
      '/analyst',
      '/admin/contents',
      '/admin/people',
    ]);
  });
});

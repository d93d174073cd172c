import { describe, expect, it } from 'vitest';
import { GRANTABLE_ROLES, grantKey, holds, isCityRole, revocable, sortGrants } from './roleGrants';

const siheung = { id: 'siheung', name: '시흥시' };
const suwon = { id: 'suwon', name: '수원시' };
const collator = new Intl.Collator('ko-KR');

describe('roles', () => {
  it('offers every role but RESIDENT for granting', () => {
    expect(GRANTABLE_ROLES).not.toContain('RESIDENT');
    expect(GRANTABLE_ROLES).toEqual(
      expect.arrayContaining(['CITY_STAFF', 'INSTRUCTOR', 'ANALYST', 'PROVINCE_ADMIN']),
    );
  });

  it('knows which roles are held for one city', () => {
    expect(GRANTABLE_ROLES.filter(isCityRole)).toEqual(['CITY_STAFF', 'INSTRUCTOR']);
  });

  it('lists RESIDENT first, then narrow to wide roles, cities by name', () => {
    const sorted = sortGrants(
      [
        { role: 'PROVINCE_ADMIN' as const, city: null },
        { role: 'CITY_STAFF' as const, city: siheung },
        { role: 'RESIDENT' as const, city: null },
        { role: 'CITY_STAFF' as const, city: suwon },
        { role: 'INSTRUCTOR' as const, city: siheung },
      ],
      collator,
    );
    expect(sorted.map(grantKey)).toEqual([
      'RESIDENT:',
      'INSTRUCTOR:siheung',
      'CITY_STAFF:suwon',
      'CITY_STAFF:siheung',
      'PROVINCE_ADMIN:',
    ]);
  });

  it('tells whether a person holds a role, in a city for city roles', () => {
    const grants = [
      { role: 'RESIDENT' as const, city: null },
      { role: 'CITY_STAFF' as const, city: siheung },
      { role: 'ANALYST' as const, city: null },
    ];
    expect(holds(grants, 'CITY_STAFF', 'siheung')).toBe(true);
    expect(holds(grants, 'CITY_STAFF', 'suwon')).toBe(false);
    expect(holds(grants, 'INSTRUCTOR', 'siheung')).toBe(false);
    // A province-wide role ignores a city left chosen in the form.
    expect(holds(grants, 'ANALYST', 'siheung')).toBe(true);
  });

  it('never offers to revoke RESIDENT', () => {
    expect(revocable({ role: 'RESIDENT' })).toBe(false);
    expect(revocable({ role: 'CITY_STAFF', city: siheung })).toBe(true);
  });
});

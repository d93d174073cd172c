import { describe, expect, it } from 'vitest';
import { groupEnrollments } from './enrollmentGroups';

describe('groupEnrollments', () => {
  it('groups by status in a fixed order and drops empty groups', () => {
    const groups = groupEnrollments([
      { id: 'a', status: 'CANCELLED' as const },
      { id: 'b', status: 'ENROLLED' as const },
      { id: 'c', status: 'PENDING' as const },
      { id: 'd', status: 'REJECTED' as const },
      { id: 'e', status: 'ENROLLED' as const },
    ]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['applied', ['c']],
      ['enrolled', ['b', 'e']],
      ['ended', ['a', 'd']],
    ]);
  });

  it('has no groups without enrollments', () => {
    expect(groupEnrollments([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recheckCommand, recheckLines } from './recheck';

describe('re-checking a draw', () => {
  it('names the seed, the seats and, for a course open beyond its city, the city drawn first', () => {
    const course = {
      lotterySeed: 'ab12',
      capacity: 3,
      eligibility: 'PROVINCE_RESIDENTS',
      city: { id: 'suwon' },
    } as const;
    expect(recheckCommand(course)).toBe(
      'pnpm exec tsx scripts/verify-lottery.ts --seed ab12 --seats 3 --residents-of suwon < applicants.txt',
    );
    expect(recheckCommand({ ...course, eligibility: 'CITY_RESIDENTS' })).toBe(
      'pnpm exec tsx scripts/verify-lottery.ts --seed ab12 --seats 3 < applicants.txt',
    );
  });

  it('lists the applicants the draw placed, with their residence', () => {
    const lines = recheckLines([
      { id: 'e1', status: 'ENROLLED', learner: { residence: { id: 'suwon' } } },
      { id: 'e2', status: 'CANCELLED', learner: { residence: { id: 'suwon' } } },
      { id: 'e3', status: 'WAITLISTED', learner: { residence: { id: 'ansan' } } },
    ]);
    expect(lines).toBe('e1 suwon\ne3 ansan\n');
  });
});

import { describe, expect, it } from 'vitest';
import {
  applicationState,
  applyRefusal,
  awaitsDecision,
  isActiveEnrollment,
  newIdempotencyKey,
} from './enrollmentRules';

const window = {
  status: 'OPEN',
  applicationOpensAt: '2026-12-01T09:00:00+09:00',
  applicationClosesAt: '2026-12-08T18:00:00+09:00',
};

describe('the application window', () => {
  it('is open from its opening (inclusive) to its closing (exclusive)', () => {
    expect(applicationState(window, new Date('2026-12-01T00:00:00Z'))).toBe('OPEN');
    expect(applicationState(window, new Date('2026-11-30T23:59:59Z'))).toBe('NOT_YET');
    expect(applicationState(window, new Date('2026-12-08T09:00:00Z'))).toBe('CLOSED');
  });

  it('is shut for a course that is not OPEN', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(applicationState({ ...window, status: 'DRAFT' }, now)).toBe('NOT_YET');
    expect(applicationState({ ...window, status: 'CANCELLED' }, now)).toBe('CLOSED');
  });
});

describe('enrollments', () => {
  it('are active while they hold or wait for a place', () => {
    expect(['PENDING', 'WAITLISTED', 'ENROLLED'].every((s) => isActiveEnrollment(s as never))).toBe(true);
    expect(isActiveEnrollment('CANCELLED')).toBe(false);
    expect(isActiveEnrollment(null)).toBe(false);
  });

  it('are checked back on while a draw, a decision or a freed seat may change them', () => {
    expect(awaitsDecision('WAITLISTED')).toBe(true);
    expect(awaitsDecision('PENDING')).toBe(true);
    expect(awaitsDecision('ENROLLED')).toBe(false);
  });
});

describe('a refused application', () => {
  it('is explained by its error code', () => {
    expect(applyRefusal('BAD_USER_INPUT')).toBe('notEligible');
    expect(applyRefusal('FORBIDDEN')).toBe('notEligible');
    expect(applyRefusal('CONFLICT')).toBe('notOpen');
    expect(applyRefusal('INTERNAL_SERVER_ERROR')).toBeNull();
    expect(applyRefusal(undefined)).toBeNull();
  });
});

it('makes a new idempotency key each time', () => {
  expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
});

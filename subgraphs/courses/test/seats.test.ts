// Seats and the waitlist as pure rules: how a draw places applicants, what a cancellation frees.
import { describe, expect, it } from 'vitest';
import { statusAfterDraw } from '../src/rules/lottery.ts';
import {
  freedByCancelling,
  isCancellable,
  placeApplicants,
  placedOnApplication,
  placeInOrder,
  seatsLeft,
} from '../src/rules/seats.ts';

describe('a lottery draw', () => {
  it('seats the first of the drawn order and waitlists the rest in order, from 1', () => {
    const places = placeInOrder(['a', 'b', 'c', 'd'], seatsLeft({ capacity: 5, seatsTaken: 3 }));
    expect(places.map((p) => [p.applicant, p.status, p.waitlistPosition])).toEqual([
      ['a', 'ENROLLED', null],
      ['b', 'ENROLLED', null],
      ['c', 'WAITLISTED', 1],
      ['d', 'WAITLISTED', 2],
    ]);
  });

  it('waitlists everyone when no seat is left, and closes an OPEN course', () => {
    expect(seatsLeft({ capacity: 2, seatsTaken: 3 })).toBe(0);
    expect(placeInOrder(['a'], 0)).toEqual([{ applicant: 'a', status: 'WAITLISTED', waitlistPosition: 1 }]);
    expect(statusAfterDraw('OPEN')).toBe('CLOSED');
    expect(statusAfterDraw('CLOSED')).toBe('CLOSED');
  });
});

describe('applicants who apply together', () => {
  const course = { selection: 'FIRST_COME' as const, capacity: 30, seatsTaken: 28, waitlistCount: 0 };

  it('take the seats left in application order, then the waitlist places after those already waiting', () => {
    expect(
      placeApplicants(course, ['a', 'b', 'c']).map((p) => [p.applicant, p.status, p.waitlistPosition]),
    ).toEqual([
      ['a', 'ENROLLED', null],
      ['b', 'ENROLLED', null],
      ['c', 'WAITLISTED', 1],
    ]);
    const full = { ...course, seatsTaken: 30, waitlistCount: 7 };
    expect(placeApplicants(full, ['d', 'e']).map((p) => p.waitlistPosition)).toEqual([8, 9]);
  });

  it('all wait as PENDING for a lottery or an approval, whatever the seats', () => {
    for (const selection of ['LOTTERY', 'APPROVAL'] as const) {
      expect(placeApplicants({ ...course, selection }, ['a', 'b']).map((p) => p.status)).toEqual([
        'PENDING',
        'PENDING',
      ]);
    }
  });
});

describe('seats', () => {
  it('are taken on application only first come, first served', () => {
    expect(placedOnApplication('FIRST_COME')).toBe(true);
    expect(placedOnApplication('LOTTERY')).toBe(false);
    expect(placedOnApplication('APPROVAL')).toBe(false);
  });

  it('are given back by cancelling an enrollment; a waitlist place by cancelling a waitlisted one', () => {
    expect(freedByCancelling('ENROLLED')).toBe('SEAT');
    expect(freedByCancelling('WAITLISTED')).toBe('WAITLIST_PLACE');
    expect(freedByCancelling('PENDING')).toBeNull();
    const statuses = ['PENDING', 'WAITLISTED', 'ENROLLED', 'COMPLETED', 'REJECTED'] as const;
    expect(statuses.map(isCancellable)).toEqual([true, true, true, false, false]);
  });
});

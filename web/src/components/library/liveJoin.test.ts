import { describe, expect, it } from 'vitest';
import { conflictReason, joinWindow } from './liveJoin';

const session = { opensAt: '2026-03-02T09:45:00+09:00', endsAt: '2026-03-02T11:00:00+09:00' };

describe('joinWindow', () => {
  it('is closed before the doors open', () => {
    expect(joinWindow(session, new Date('2026-03-02T09:44:59+09:00'))).toBe('notOpen');
  });

  it('is open from the opening until the end', () => {
    expect(joinWindow(session, new Date('2026-03-02T09:45:00+09:00'))).toBe('open');
    expect(joinWindow(session, new Date('2026-03-02T10:59:59+09:00'))).toBe('open');
  });

  it('is over at the end', () => {
    expect(joinWindow(session, new Date('2026-03-02T11:00:00+09:00'))).toBe('over');
  });
});

describe('conflictReason', () => {
  it('says full when the class is open, else why it is not', () => {
    expect(conflictReason(session, new Date('2026-03-02T10:00:00+09:00'))).toBe('full');
    expect(conflictReason(session, new Date('2026-03-02T09:00:00+09:00'))).toBe('notOpen');
    expect(conflictReason(session, new Date('2026-03-02T12:00:00+09:00'))).toBe('over');
  });
});

describe('conflictReason from the server message', () => {
  it("prefers what the server said over this device's clock", () => {
    const open = new Date('2026-03-02T10:00:00+09:00');
    expect(
      conflictReason(session, open, 'This live class is not open yet: it opens 15 minutes before it starts.'),
    ).toBe('notOpen');
    expect(conflictReason(session, open, 'This live class is over.')).toBe('over');
    expect(conflictReason(session, new Date('2026-03-02T09:00:00+09:00'), 'This live class is full.')).toBe(
      'full',
    );
  });
});

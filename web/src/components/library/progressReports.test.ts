import { describe, expect, it } from 'vitest';
import { positionToReport, reportedPosition } from './progressReports';

describe('reportedPosition', () => {
  it('reports whole seconds, the end rounded up so that it counts in full', () => {
    expect(reportedPosition(14.9, 'playing')).toBe(14);
    expect(reportedPosition(14.9, 'paused')).toBe(14);
    expect(reportedPosition(4.2, 'ended')).toBe(5);
  });

  it('never reports a negative or unknown position', () => {
    expect(reportedPosition(Number.NaN, 'playing')).toBe(0);
    expect(reportedPosition(-3, 'paused')).toBe(0);
  });
});

describe('positionToReport', () => {
  it('reports as soon as the first second was played', () => {
    expect(positionToReport(undefined, 0.6, 'playing')).toBeUndefined();
    expect(positionToReport(undefined, 1.2, 'playing')).toBe(1);
  });

  it('reports again after each further 15 s of playing', () => {
    expect(positionToReport(15, 29.9, 'playing')).toBeUndefined();
    expect(positionToReport(15, 30, 'playing')).toBe(30);
  });

  it('reports on pause and at the end, unless nothing changed', () => {
    expect(positionToReport(undefined, 4.5, 'paused')).toBe(4);
    expect(positionToReport(undefined, 0.2, 'paused')).toBeUndefined();
    expect(positionToReport(30, 30.4, 'paused')).toBeUndefined();
    expect(positionToReport(30, 33, 'paused')).toBe(33);
    expect(positionToReport(30, 41.1, 'ended')).toBe(42);
  });

  it('counts again from a position the learner went back to', () => {
    expect(positionToReport(60, 20, 'playing')).toBe(20);
    expect(positionToReport(20, 30, 'playing')).toBeUndefined();
  });
});

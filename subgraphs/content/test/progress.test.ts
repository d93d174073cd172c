// The progress rule without a database: a position advances at most as fast as playback at 2x
// since the previous report, plus one report interval; more is clamped, never an error, and the
// slack cannot be gained again by reporting often.
import { describe, expect, it } from 'vitest';
import {
  advance,
  FASTEST_PLAYBACK_RATE,
  type ProgressState,
  REPORT_INTERVAL_SECONDS,
} from '../src/rules/progress.ts';

const t0 = new Date('2026-03-02T10:00:00+09:00');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const hour = 3600;

/** Reports `positions` at `times` (seconds after t0), each from the state the previous left. */
function play(reports: [seconds: number, position: number][], duration = 10 * hour) {
  let state = null as ProgressState | null;
  const kept: number[] = [];
  for (const [seconds, position] of reports) {
    const step = advance(state, position, duration, at(seconds));
    state = {
      positionSeconds: step.positionSeconds,
      completed: state?.completed || step.finishes,
      pacedAt: step.pacedAt,
    };
    kept.push(step.positionSeconds);
  }
  return kept;
}

describe('advance, paced', () => {
  it('lets a first report count one report interval, from the moment the learner started', () => {
    expect(REPORT_INTERVAL_SECONDS).toBe(30);
    expect(play([[0, 30]])).toEqual([30]);
    expect(play([[0, 2 * hour]])).toEqual([30]);
  });

  it('never clamps honest playback at 1x or 2x reported every interval', () => {
    const every = (rate: number) =>
      Array.from({ length: 20 }, (_, i): [number, number] => [i * 30, (i + 1) * 30 * rate]);
    expect(play(every(1))).toEqual(every(1).map(([, p]) => p));
    expect(FASTEST_PLAYBACK_RATE).toBe(2);
    expect(play(every(2).map(([s, p]) => [s, p - 30] as [number, number]))).toEqual(
      every(2).map(([, p]) => p - 30),
    );
  });

  it('clamps a jump to the elapsed time at 2x plus the slack, and credits no more', () => {
    // Started at t0; ten minutes later a report claims the whole video.
    expect(
      play([
        [0, 30],
        [600, 10 * hour],
      ]),
    ).toEqual([30, 30 + 2 * 585 + 30]);
    const step = advance(null, 10 * hour, 10 * hour, t0);
    expect(step).toMatchObject({ positionSeconds: 30, finishes: false, newTenths: [] });
  });

  it('spends the slack once: reporting every second gains 2 s a second', () => {
    const kept = play(Array.from({ length: 61 }, (_, i): [number, number] => [i, 99_999]));
    expect(kept[0]).toBe(30);
    expect(kept[60]).toBeLessThanOrEqual(30 + 2 * 60 + 30);
    expect((kept[60] ?? 0) - (kept[30] ?? 0)).toBe(60);
  });

  it('restarts the clock at each report: a pause is not credit for later', () => {
    // Paced up at t=30 s, then a report an hour later that does not move, then a jump a second after.
    expect(
      play([
        [0, 30],
        [30, 60],
        [hour, 60],
        [hour + 1, 10 * hour],
      ]),
    ).toEqual([30, 60, 60, 92]);
  });

  it('keeps the furthest position when going back, and refuses what is not a position', () => {
    expect(
      play([
        [0, 30],
        [60, 10],
      ]),
    ).toEqual([30, 30]);
    expect(() => advance(null, -1, 600, t0)).toThrow(/whole number/);
    expect(() => advance(null, 1.5, 600, t0)).toThrow(/whole number/);
  });

  it('finishes at 90 % only when the pace reaches it', () => {
    const duration = 600;
    const early = advance(null, 600, duration, t0);
    expect(early.finishes).toBe(false);
    const later = advance({ positionSeconds: 30, completed: false, pacedAt: at(15) }, 600, duration, at(300));
    expect(later).toMatchObject({ positionSeconds: 600, finishes: true });
  });
});

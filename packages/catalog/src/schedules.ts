// When a course takes applications and meets, consistent with its status.
import type { KstCalendar } from './calendar.ts';
import type { Random } from './random.ts';
import type { CourseStatus } from './types.ts';

export interface Schedule {
  opensDay: number;
  closesDay: number;
  firstDay: number;
}

/**
 * Picks application-window and first-session days (relative to today, KST) consistent with the status.
 * `sessionCount` >= 4. Sessions are weekly, so the last one is on firstDay + 7 * (sessionCount - 1).
 */
export function scheduleFor(
  rng: Random,
  cal: KstCalendar,
  status: CourseStatus,
  sessionCount: number,
  weekday: number,
): Schedule {
  const windowBefore = (firstDay: number): Schedule => {
    const closesDay = firstDay - rng.int(3, 10);
    return { opensDay: closesDay - rng.int(7, 21), closesDay, firstDay };
  };
  switch (status) {
    case 'OPEN': {
      // Opened 1–14 days ago, closes in 3–21 days, starts 2–10 days after closing.
      const opensDay = -rng.int(1, 14);
      const closesDay = rng.int(3, 21);
      return { opensDay, closesDay, firstDay: cal.onOrAfter(closesDay + rng.int(2, 10), weekday) };
    }
    case 'DRAFT': {
      const opensDay = rng.int(7, 30);
      const closesDay = opensDay + rng.int(7, 21);
      return { opensDay, closesDay, firstDay: cal.onOrAfter(closesDay + rng.int(3, 14), weekday) };
    }
    case 'CLOSED': {
      // Applications closed 1–10 days ago; the first session is tomorrow or later.
      const closesDay = -rng.int(1, 10);
      return {
        opensDay: closesDay - rng.int(7, 21),
        closesDay,
        firstDay: cal.onOrAfter(rng.int(1, 14), weekday),
      };
    }
    case 'IN_PROGRESS': {
      // 1 to sessionCount-2 weeks have gone by: the first session was yesterday or earlier, the last is a week away or more.
      const weeksElapsed = rng.int(1, sessionCount - 2);
      return windowBefore(cal.onOrAfter(-7 * weeksElapsed, weekday));
    }
    case 'FINISHED': {
      // The last session ended 7–120 days ago (at least yesterday, even after aligning to the weekday).
      const lastBase = -rng.int(7, 120);
      return windowBefore(cal.onOrAfter(lastBase - 7 * (sessionCount - 1), weekday));
    }
    case 'CANCELLED': {
      const shape = rng.pick<CourseStatus>(['OPEN', 'CLOSED', 'DRAFT']);
      return scheduleFor(rng, cal, shape, sessionCount, weekday);
    }
  }
}

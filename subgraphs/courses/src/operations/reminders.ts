// The reminder worker: every few minutes, every seat of a course whose first session is tomorrow
// (Korea time) gets its day-before reminder, once (repo/reminders.ts). Several instances may run
// it at once; a failed run is logged and tried again at the next one. Notifications holds what
// is queued at night until the morning.
import { type PeriodicJob, startPeriodic } from '@baeumteo/server';
import type { CoursesDb } from '../repo/courses.ts';
import { remindersRepo } from '../repo/reminders.ts';
import { tomorrowInKorea } from '../rules/reminders.ts';

export interface ReminderSettings {
  /** How often it looks (5 minutes); the first look is `firstAfterMs` (1 minute) after start. */
  everyMs?: number;
  firstAfterMs?: number;
  /** Seats per transaction (500). */
  batchSize?: number;
  /** false: it runs only when asked (runOnce). */
  periodic?: boolean;
}

/** Queues every reminder due at `now`, a batch at a time; resolves with how many it queued. */
export async function queueSessionReminders(
  db: CoursesDb,
  now = new Date(),
  batchSize = 500,
): Promise<number> {
  const repo = remindersRepo(db);
  const window = tomorrowInKorea(now);
  let queued = 0;
  for (;;) {
    const batch = await repo.remindBatch(window, batchSize, now);
    queued += batch;
    if (batch < batchSize) return queued;
  }
}

/** The worker: runOnce runs it now (beside the periodic runs), for tests and operators. */
export type ReminderWorker = PeriodicJob;

export function startSessionReminders(db: CoursesDb, settings: ReminderSettings = {}): ReminderWorker {
  return startPeriodic({
    name: 'courses-reminders',
    run: (now) => queueSessionReminders(db, now, settings.batchSize),
    did: 'queued day-before reminders',
    everyMs: settings.everyMs ?? 5 * 60_000,
    firstAfterMs: settings.firstAfterMs,
    periodic: settings.periodic,
  });
}

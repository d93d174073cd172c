// The reminder worker: every few minutes, every seat of a course whose first session is tomorrow
// (Korea time) gets its day-before reminder, once (repo/reminders.ts). Several instances may run
// it at once; a failed run is logged and tried again at the next one. Notifications holds what
// is queued at night until the morning.
import { createLogger, failureLine } from '@baeumteo/server';
import type { CoursesDb } from '../repo/courses.ts';
import { remindersRepo } from '../repo/reminders.ts';
import { tomorrowInKorea } from '../rules/reminders.ts';

const log = createLogger('courses-reminders');

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

export interface ReminderWorker {
  /** Runs once now (beside the periodic runs): for tests and operators. */
  runOnce(now?: Date): Promise<number>;
  stop(): Promise<void>;
}

export function startSessionReminders(db: CoursesDb, settings: ReminderSettings = {}): ReminderWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = (now?: Date) => queueSessionReminders(db, now, settings.batchSize);
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().then(
        (queued) => {
          if (queued > 0) log.info('queued day-before reminders', { queued });
        },
        (error: unknown) => log.warn('reminders failed; trying again later', { error: failureLine(error) }),
      );
      void running.then(() => schedule(settings.everyMs ?? 5 * 60_000));
    }, delay);
    timer.unref();
  };
  if (settings.periodic !== false) schedule(settings.firstAfterMs ?? 60_000);
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

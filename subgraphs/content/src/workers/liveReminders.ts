// The live class reminder worker: every minute, a LIVE_STARTING notice for each learner who asked
// to be reminded of a session starting within 15 minutes (rules/liveReminders.ts). Each instance
// runs its own; they share the due reminders (repo/liveReminders.ts), so each learner is told once.
import type { NewNotice } from '@baeumteo/contracts';
import { createLogger, stableUuid } from '@baeumteo/server';
import type { DueReminder, liveRemindersRepo } from '../repo/liveReminders.ts';
import { dueStarts, livePageUrl } from '../rules/liveReminders.ts';

/** Reminders queued per transaction: a class of 10,000 takes a few, none holds locks for long. */
const BATCH = 500;

export interface LiveReminderSettings {
  /** The city sites' address, `{city}` replaced by the host city (NOTIFY_SITE_URL). */
  siteUrl: string;
  /** How often the worker looks (default a minute: a reminder goes 14 to 15 minutes ahead). */
  everyMs?: number | undefined;
}

/** The stable id of the one LIVE_STARTING notice a learner gets for a session. */
export const liveStartingNoticeId = (sessionId: string, learnerId: string) =>
  stableUuid('LIVE_STARTING', sessionId, learnerId);

/** Queues every reminder due at `now`, batch after batch; returns how many were queued. */
export async function queueLiveReminders(
  repo: ReturnType<typeof liveRemindersRepo>,
  siteUrl: string,
  now = new Date(),
): Promise<number> {
  const notice = (r: DueReminder): NewNotice => ({
    id: liveStartingNoticeId(r.sessionId, r.learnerId),
    kind: 'LIVE_STARTING',
    learnerId: r.learnerId,
    cityId: r.hostCityId,
    occurredAt: now,
    title: r.title,
    titleEn: r.titleEn,
    startsAt: r.startsAt.toISOString(),
    joinUrl: livePageUrl(siteUrl, r.hostCityId, r.sessionId),
  });
  let queued = 0;
  for (;;) {
    const batch = await repo.queueDue(now, dueStarts(now), BATCH, notice);
    queued += batch;
    if (batch < BATCH) return queued;
  }
}

export function startLiveReminders(
  repo: ReturnType<typeof liveRemindersRepo>,
  settings: LiveReminderSettings,
): { stop(): Promise<void> } {
  const log = createLogger('content-live-reminders');
  const everyMs = settings.everyMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = queueLiveReminders(repo, settings.siteUrl).then(
        (queued) => {
          if (queued > 0) log.info('queued live class reminders', { queued });
        },
        // Nothing is lost: the reminders stay unqueued and the next run, a minute on, takes them.
        (error: unknown) =>
          log.warn('queuing live class reminders failed', { error: String(error).slice(0, 200) }),
      );
      void running.then(schedule);
    }, everyMs);
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

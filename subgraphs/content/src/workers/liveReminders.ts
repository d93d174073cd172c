// The live class reminder worker: every minute, a LIVE_STARTING notice for each learner who asked
// to be reminded of a session starting within 15 minutes (rules/liveReminders.ts). Each instance
// runs its own; they share the due reminders (repo/liveReminders.ts), so each learner is told once.
import type { NewNotice } from '@baeumteo/contracts';
import { type PeriodicJob, stableUuid, startPeriodic } from '@baeumteo/server';
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
): PeriodicJob {
  // Nothing is lost by a failed run: the reminders stay unqueued and the next, a minute on, takes them.
  return startPeriodic({
    name: 'content-live-reminders',
    run: (now) => queueLiveReminders(repo, settings.siteUrl, now),
    did: 'queued live class reminders',
    everyMs: settings.everyMs ?? 60_000,
    firstAfterMs: settings.everyMs ?? 60_000,
  });
}

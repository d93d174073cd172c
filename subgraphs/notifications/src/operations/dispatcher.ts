// The sender loop: dispatches due deliveries until none is left, then looks again every
// `intervalMs`. A failing database is logged and retried; it never stops the loop.
import { createLogger, type Database, failureLine } from '@baeumteo/server';
import type { tables } from '../db/schema.ts';
import { type DispatchSettings, dispatchDue } from './dispatch.ts';

const log = createLogger('notifications-dispatcher');

export interface Dispatcher {
  /** Sends everything due now; resolves with how many were sent. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function startDispatcher(
  database: Database<typeof tables>,
  settings: DispatchSettings & { intervalMs?: number },
): Dispatcher {
  const intervalMs = settings.intervalMs ?? 500;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await dispatchDue(database, settings);
      sent += batch.sent;
      if (batch.claimed === 0) return sent;
    }
  }

  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = running.catch(() => {}).then(work);
    running = next;
    return next;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      serially(drain).then(
        () => schedule(),
        (error) => {
          log.error('cannot dispatch notifications', { error: failureLine(error) });
          schedule();
        },
      );
    }, intervalMs);
  }
  schedule();

  return {
    drain: () => serially(drain),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running.catch(() => {});
      await Promise.all([...settings.channels.values()].map((c) => c.close?.()));
    },
  };
}

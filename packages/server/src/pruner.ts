// A worker that removes what is kept no longer than a retention (e.g. access log entries past
// BAEUMTEO_ACCESS_LOG_RETENTION_DAYS): first a minute after start, then every few hours. A failed
// run is logged and tried again at the next one.
import { createLogger } from './logger.ts';

export interface PrunerOptions {
  /** Names it in logs, e.g. "learners-access-log". */
  name: string;
  /** Removes what is due; returns how many rows went. */
  prune: () => Promise<number>;
  everyMs?: number;
  firstAfterMs?: number;
}

export function startPruner(options: PrunerOptions): { stop(): Promise<void> } {
  const log = createLogger(options.name);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = options.prune().then(
        (pruned) => {
          if (pruned > 0) log.info('pruned entries past their retention', { pruned });
        },
        (error: unknown) =>
          log.warn('pruning failed; trying again later', { error: String(error).slice(0, 200) }),
      );
      void running.then(() => schedule(options.everyMs ?? 6 * 3_600_000));
    }, delay);
    timer.unref();
  };
  schedule(options.firstAfterMs ?? 60_000);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

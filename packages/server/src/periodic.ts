// A job every instance runs on a timer beside its server (pruning, reminders): first a while
// after start, then at an interval, one run at a time. A failed run is logged and tried again at
// the next one; `runOnce` runs it now (tests, operators). Jobs are safe to run in every instance
// at once: each takes its own share of the work (SKIP LOCKED) or does nothing twice.
import { createLogger } from './logger.ts';
import { failureLine } from './retry.ts';

export interface PeriodicOptions {
  /** Names it in logs, e.g. "courses-reminders". */
  name: string;
  /** Does what is due; resolves with how much it did (logged when more than none). */
  run: (now?: Date) => Promise<number>;
  /** What the log line says of a run that did something, e.g. "queued day-before reminders". */
  did: string;
  everyMs: number;
  /** The first run's delay after start (a minute: the server is up first). */
  firstAfterMs?: number;
  /** false: it runs only when asked (runOnce). */
  periodic?: boolean;
}

export interface PeriodicJob {
  runOnce(now?: Date): Promise<number>;
  stop(): Promise<void>;
}

export function startPeriodic(options: PeriodicOptions): PeriodicJob {
  const log = createLogger(options.name);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = options.run().then(
        (done) => {
          if (done > 0) log.info(options.did, { count: done });
        },
        (error: unknown) =>
          log.warn(`${options.name} failed; trying again later`, { error: failureLine(error) }),
      );
      void running.then(() => schedule(options.everyMs));
    }, delay);
    timer.unref();
  };
  if (options.periodic !== false) schedule(options.firstAfterMs ?? 60_000);
  return {
    runOnce: (now) => options.run(now),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

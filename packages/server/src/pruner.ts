// A worker that removes what is kept no longer than a retention (e.g. access log entries past
// BAEUMTEO_ACCESS_LOG_RETENTION_DAYS): first a minute after start, then every few hours.
import { type PeriodicJob, startPeriodic } from './periodic.ts';

export interface PrunerOptions {
  /** Names it in logs, e.g. "learners-access-log". */
  name: string;
  /** Removes what is due; returns how many rows went. */
  prune: () => Promise<number>;
  everyMs?: number;
  firstAfterMs?: number;
}

export function startPruner(options: PrunerOptions): PeriodicJob {
  return startPeriodic({
    name: options.name,
    run: options.prune,
    did: 'pruned entries past their retention',
    everyMs: options.everyMs ?? 6 * 3_600_000,
    firstAfterMs: options.firstAfterMs,
  });
}

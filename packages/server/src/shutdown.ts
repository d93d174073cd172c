// How a process of the platform ends: on SIGTERM (a rolling deploy, a scale-down) it drains —
// /ready turns 503, requests in flight finish within a deadline — then closes its database,
// sends the spans it still holds, and exits; Ctrl+C (SIGINT) in development skips the grace period.
import type { DrainOptions, RunningServer } from './http.ts';
import { createLogger } from './logger.ts';
import { runningTelemetry } from './telemetry.ts';

export const defaultDrain: DrainOptions = { graceMs: 5_000, deadlineMs: 20_000 };

export function stopOnSignals(server: RunningServer, drain: DrainOptions = defaultDrain): void {
  const log = createLogger('shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    const draining = signal === 'SIGTERM' ? server.drain?.(drain) : undefined;
    Promise.resolve(draining)
      .then(() => server.stop())
      .then(() => runningTelemetry().shutdown())
      .then(
        () => process.exit(0),
        (error) => {
          log.error('did not stop cleanly', { error: String(error) });
          process.exit(1);
        },
      );
  };
  // `on`, not `once`: a loader such as tsx ends the process itself when it sees no listener left.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

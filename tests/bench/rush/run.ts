// One rush: `concurrency` callers in flight until every learner has applied once, with progress
// every 2 s; and the seats-left watcher that reads a course page anonymously while it runs.
import { percentile } from '../report.ts';

export interface Answer {
  learnerId: string;
  courseId: string;
  status: string;
  /** When the answer arrived (performance.now()). */
  at: number;
}

export interface RushResult {
  path: string;
  applications: number;
  seconds: number;
  applicationsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
}

export async function runRush(options: {
  label: string;
  learners: number;
  concurrency: number;
  courseOf: (i: number) => string;
  learnerOf: (i: number) => string;
  /** Applies learner i to the course; the status answered, or null for any failure. */
  send: (i: number, courseId: string) => Promise<string | null>;
  answers: Answer[];
  log: (line: string) => void;
}): Promise<RushResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const progress = setInterval(
    () => options.log(`  ${options.label}: ${latencies.length + errors}/${options.learners}`),
    2_000,
  );
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.learners) {
        const i = next++;
        const courseId = options.courseOf(i);
        const t0 = performance.now();
        const status = await options.send(i, courseId).catch(() => null);
        const at = performance.now();
        if (status) {
          latencies.push(at - t0);
          options.answers.push({ learnerId: options.learnerOf(i), courseId, status, at });
        } else errors++;
      }
    }),
  );
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Number(percentile(latencies, p).toFixed(1));
  return {
    path: options.label,
    applications: options.learners,
    seconds: Number(seconds.toFixed(2)),
    applicationsPerSecond: Math.round(options.learners / seconds),
    latencyMs: { p50: at(50), p95: at(95), p99: at(99), max: Number((latencies.at(-1) ?? 0).toFixed(1)) },
    errors,
  };
}

export interface SeatsLeftWatch {
  reads: number;
  /** The most a read's seats-left lagged behind enrollments already answered (0: never behind). */
  maxBehindMs: number;
}

/**
 * Every 100 ms, the course page's seats-left as an anonymous resident sees it. A read that shows
 * fewer seats taken than "enrolled" answers given by some time T is behind by (read sent − T).
 */
export function watchSeats(gatewayUrl: string, courseId: string, capacity: number, answers: Answer[]) {
  const body = JSON.stringify({
    query: 'query CourseSeats($id: ID!) { course(id: $id) { id seatsLeft } }',
    variables: { id: courseId },
  });
  let reads = 0;
  let maxBehindMs = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const sentAt = performance.now();
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const seatsLeft = ((await response.json()) as { data?: { course?: { seatsLeft: number } } }).data
        ?.course?.seatsLeft;
      if (typeof seatsLeft === 'number') {
        reads++;
        const shownTaken = capacity - seatsLeft;
        const enrolled = answers
          .filter((a) => a.courseId === courseId && a.status === 'ENROLLED')
          .map((a) => a.at);
        enrolled.sort((a, b) => a - b);
        // The (shownTaken+1)-th enrolled answer: the read should have counted it if it came before.
        const missed = enrolled[shownTaken];
        if (missed !== undefined && missed < sentAt)
          maxBehindMs = Math.max(maxBehindMs, Math.round(sentAt - missed));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async (): Promise<SeatsLeftWatch> => {
      running = false;
      await loop;
      return { reads, maxBehindMs };
    },
  };
}

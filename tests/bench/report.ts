// What every benchmark reports: the machine it ran on, latency percentiles, and its results
// written to bench/results/<name>-<time>.{json,md}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from '@baeumteo/server';

export interface Machine {
  cpu: string;
  memoryGiB: number;
  node: string;
  postgres: string;
}

export function machineOf(postgresVersion: string): Machine {
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: postgresVersion,
  };
}

export const describeMachine = (m: Machine) =>
  `Machine: ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}.`;

/** The p-th percentile (0..100) of ascending values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Milliseconds, rounded to a tenth, at the usual percentiles. */
export function latencySummary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round(percentile(sorted, p) * 10) / 10;
  return { p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

/** Writes the report's JSON and Markdown; returns the file stem under bench/results. */
export function writeReport(name: string, at: string, report: object, markdown: string): string {
  const dir = join(workspaceRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stem = `${name}-${at.replace(/[:.]/g, '-')}`;
  writeFileSync(join(dir, `${stem}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, `${stem}.md`), markdown);
  return `bench/results/${stem}`;
}

// What the gateway benchmark concludes: medians of the runs per cell, the ratios ours/peer, the
// issue's goals each met or not, and the Markdown report.

import type { DatabaseKind, GatewayName } from '../stack/stack.ts';
import { gatewayTitle } from '../stack/stack.ts';
import type { Overhead } from './overhead.ts';
import type { OperationName } from './queries.ts';

export interface Cell {
  database: DatabaseKind;
  gateway: GatewayName;
  operation: OperationName;
  connections: number;
  run: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  cpuMsPerRequest: number;
}

export type Median = Omit<Cell, 'run' | 'seconds'> & { runs: number };

const mid = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
};

const keyOf = (c: Pick<Cell, 'database' | 'gateway' | 'operation' | 'connections'>) =>
  `${c.database}/${c.gateway}/${c.operation}/${c.connections}`;

export function median(cells: Cell[]): Median[] {
  const groups = new Map<string, Cell[]>();
  for (const cell of cells) groups.set(keyOf(cell), [...(groups.get(keyOf(cell)) ?? []), cell]);
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      database: first.database,
      gateway: first.gateway,
      operation: first.operation,
      connections: first.connections,
      runs: group.length,
      reqPerSec: mid(group.map((c) => c.reqPerSec)),
      p50Ms: mid(group.map((c) => c.p50Ms)),
      p99Ms: mid(group.map((c) => c.p99Ms)),
      // Errors are summed, not a median: one failed answer in any run is a failure.
      errors: group.reduce((sum, c) => sum + c.errors, 0),
      requests: group.reduce((sum, c) => sum + c.requests, 0),
      cpuMsPerRequest: mid(group.map((c) => c.cpuMsPerRequest)),
    };
  });
}

export interface Goal {
  text: string;
  measured: string;
  met: boolean;
}

const ratioGoals: { operation: OperationName; peer: GatewayName; ratio: number }[] = [
  { operation: 'catalog', peer: 'hive', ratio: 1.5 },
  { operation: 'catalog', peer: 'hive-rust', ratio: 1.2 },
  { operation: 'cities', peer: 'hive', ratio: 1.5 },
  { operation: 'cities', peer: 'hive-rust', ratio: 1.2 },
];

export function evaluateGoals(
  cells: Cell[],
  overheads: Partial<Record<DatabaseKind, Record<string, Overhead>>>,
  connections: number[],
): { list: Goal[]; minRatio: number | null } {
  const medians = median(cells);
  const find = (database: DatabaseKind, gateway: GatewayName, operation: OperationName, c: number) =>
    medians.find((m) => keyOf(m) === keyOf({ database, gateway, operation, connections: c }));
  const databases = [...new Set(cells.map((c) => c.database))];
  const list: Goal[] = [];
  const ratios: number[] = [];
  const top = Math.max(...connections);
  for (const database of databases) {
    for (const goal of ratioGoals) {
      for (const c of connections) {
        const ours = find(database, 'ours', goal.operation, c);
        const peer = find(database, goal.peer, goal.operation, c);
        if (!ours || !peer || peer.reqPerSec === 0) continue;
        const ratio = ours.reqPerSec / peer.reqPerSec;
        ratios.push(ratio);
        list.push({
          text: `${database} ${goal.operation} c=${c}: ours >= ${goal.ratio}x ${goal.peer}`,
          measured: `${ratio.toFixed(2)}x (${ours.reqPerSec.toFixed(0)} vs ${peer.reqPerSec.toFixed(0)} req/s)`,
          met: ratio >= goal.ratio && ours.errors === 0,
        });
      }
    }
    for (const operation of ['catalog', 'cities'] as const) {
      const ours = find(database, 'ours', operation, top);
      if (ours)
        list.push({
          text: `${database} ${operation} c=${top}: ours p99 <= 250 ms`,
          measured: `${ours.p99Ms.toFixed(1)} ms`,
          met: ours.p99Ms <= 250,
        });
    }
    const me = find(database, 'ours', 'me', top);
    if (me)
      list.push({
        text: `${database} me c=${top}: ours >= 600 req/s`,
        measured: `${me.reqPerSec.toFixed(0)} req/s, ${me.errors} errors`,
        met: me.reqPerSec >= 600 && me.errors === 0,
      });
    for (const m of medians.filter((x) => x.database === database && x.gateway === 'ours')) {
      const rust = find(database, 'hive-rust', m.operation, m.connections);
      if (!rust) continue;
      list.push({
        text: `${database} ${m.operation} c=${m.connections}: ours CPU/request <= hive-rust`,
        measured: `${m.cpuMsPerRequest.toFixed(2)} vs ${rust.cpuMsPerRequest.toFixed(2)} ms`,
        met: m.cpuMsPerRequest <= rust.cpuMsPerRequest,
      });
    }
    const overhead = overheads[database]?.ours;
    if (overhead)
      list.push({
        text: `${database} overhead over a direct subgraph call at 1 connection <= 1 ms p50`,
        measured: `+${overhead.overheadP50Ms.toFixed(2)} ms (${overhead.gatewayP50Ms.toFixed(2)} vs ${overhead.directP50Ms.toFixed(2)} ms)`,
        met: overhead.overheadP50Ms <= 1,
      });
  }
  return { list, minRatio: ratios.length > 0 ? Math.min(...ratios) : null };
}

export function renderMarkdown(report: {
  at: string;
  machineLine: string;
  settings: { seconds: number; runs: number; connections: number[]; minutes: number };
  medians: Median[];
  overheads: Partial<Record<DatabaseKind, Record<string, Overhead>>>;
  goals: { list: Goal[]; minRatio: number | null };
  gateways: GatewayName[];
}): string {
  const { settings, medians, gateways } = report;
  const peers = gateways.filter((g) => g !== 'ours');
  const lines = [
    `# Gateways side by side (${report.at})`,
    '',
    report.machineLine,
    `wrk, ${settings.seconds} s per run, medians of ${settings.runs} alternating runs; load generator, gateway and subgraphs on the same cores (${settings.minutes.toFixed(1)} min in all).`,
    `Gateways: ${gateways.map((g) => `**${g}** = ${gatewayTitle(g)}`).join('; ')}.`,
    '',
  ];
  for (const database of [...new Set(medians.map((m) => m.database))]) {
    lines.push(`## ${database === 'pglite' ? 'PGlite' : 'PostgreSQL'}`, '');
    lines.push(
      `| operation | conns | ${gateways.map((g) => `${g} req/s`).join(' | ')} | ${peers.map((p) => `ours/${p}`).join(' | ')} | ours p50 / p99 ms | errors | CPU ms/req (${gateways.join(', ')}) |`,
    );
    lines.push(`|${'---|'.repeat(5 + gateways.length + peers.length)}`);
    const rows = medians.filter((m) => m.database === database && m.gateway === 'ours');
    for (const ours of rows) {
      const of = (g: GatewayName) =>
        medians.find(
          (m) =>
            m.database === database &&
            m.gateway === g &&
            m.operation === ours.operation &&
            m.connections === ours.connections,
        );
      const rate = (g: GatewayName) => of(g)?.reqPerSec.toFixed(0) ?? '–';
      const ratio = (p: GatewayName) => {
        const peer = of(p);
        return peer && peer.reqPerSec > 0 ? (ours.reqPerSec / peer.reqPerSec).toFixed(2) : '–';
      };
      const errors = gateways.map((g) => of(g)?.errors ?? 0).join(' / ');
      const cpu = gateways.map((g) => of(g)?.cpuMsPerRequest.toFixed(2) ?? '–').join(' / ');
      lines.push(
        `| ${ours.operation} | ${ours.connections} | ${gateways.map(rate).join(' | ')} | ${peers.map(ratio).join(' | ')} | ${ours.p50Ms.toFixed(1)} / ${ours.p99Ms.toFixed(1)} | ${errors} | ${cpu} |`,
      );
    }
    const overheads = report.overheads[database];
    if (overheads) {
      lines.push('', 'Overhead at one connection (a one-subgraph operation, p50):', '');
      for (const [g, o] of Object.entries(overheads))
        lines.push(
          `- ${g}: ${o.gatewayP50Ms.toFixed(2)} ms through the gateway, ${o.directP50Ms.toFixed(2)} ms direct: +${o.overheadP50Ms.toFixed(2)} ms`,
        );
    }
    lines.push('');
  }
  lines.push('## Goals', '');
  for (const goal of report.goals.list)
    lines.push(`- ${goal.met ? '✅' : '❌'} ${goal.text}: ${goal.measured}`);
  lines.push(
    '',
    `min ratio ours/peer: ${report.goals.minRatio === null ? 'n/a' : report.goals.minRatio.toFixed(2)}`,
    '',
  );
  return lines.join('\n');
}

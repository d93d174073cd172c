// One wrk run against a GraphQL endpoint: POSTs one body over N keep-alive connections for a fixed
// time and counts, from wrk's own Lua hooks, every answer that is not HTTP 200 or carries
// `"errors"` (a GraphQL error inside a 200 is a failure here too).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WrkRequest {
  url: string;
  body: string;
  headers?: Record<string, string>;
}

export interface WrkResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not HTTP 200 with data and no errors, plus socket errors and timeouts. */
  errors: number;
}

const luaString = (value: string) =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function script(request: WrkRequest): string {
  const headers = { 'Content-Type': 'application/json', ...request.headers };
  return [
    'wrk.method = "POST"',
    `wrk.body = ${luaString(request.body)}`,
    ...Object.entries(headers).map(([k, v]) => `wrk.headers[${luaString(k)}] = ${luaString(v)}`),
    'local threads = {}',
    'function setup(thread) table.insert(threads, thread) end',
    'function init(args) failed = 0 end',
    'function response(status, headers, body)',
    '  if status ~= 200 or string.find(body, \'"errors"\', 1, true) then failed = failed + 1 end',
    'end',
    'function done(summary, latency, requests)',
    '  local f = 0',
    '  for _, t in ipairs(threads) do f = f + t:get("failed") end',
    '  local e = summary.errors',
    '  io.write(string.format("BENCH %d %d %d %d %d %d\\n", summary.requests, summary.duration,',
    '    latency:percentile(50), latency:percentile(99), f, e.connect + e.read + e.write + e.timeout))',
    'end',
  ].join('\n');
}

let scriptDir: string | undefined;

export function runWrk(
  request: WrkRequest,
  options: { connections: number; seconds: number; threads?: number },
): Promise<WrkResult> {
  scriptDir ??= mkdtempSync(join(tmpdir(), 'baeumteo-wrk-'));
  const file = join(scriptDir, `${Date.now()}-${Math.random().toString(36).slice(2)}.lua`);
  writeFileSync(file, script(request));
  const threads = Math.min(options.threads ?? 2, options.connections);
  const args = ['-t', String(threads), '-c', String(options.connections), '-d', `${options.seconds}s`];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', [...args, '--timeout', '10s', '-s', file, request.url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new Error(`wrk could not start (${error.message}): install it with apt-get install wrk`)),
    );
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH '));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (exit ${code}): ${out.trim()}`));
      const [requests, durationUs, p50Us, p99Us, failed, socket] = line.slice(6).split(' ').map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const seconds = durationUs / 1e6;
      resolve({
        requests,
        seconds,
        reqPerSec: requests / seconds,
        p50Ms: p50Us / 1000,
        p99Ms: p99Us / 1000,
        errors: failed + socket,
      });
    });
  });
}

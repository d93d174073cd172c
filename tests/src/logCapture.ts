// Every service's log lines in this test process, kept in memory from `level` up, for tests that
// read what was (or was not) logged. Call before the platform starts.
import { Writable } from 'node:stream';
import { setLogDestination } from '@baeumteo/server';

export function captureLogs(level: 'debug' | 'info' | 'warn' | 'error'): { text(): string } {
  let logged = '';
  setLogDestination(
    new Writable({
      write(chunk, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    }),
    level,
  );
  return { text: () => logged };
}

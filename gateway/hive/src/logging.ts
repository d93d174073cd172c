// Hive's own warnings and errors (a supergraph it cannot load, a transport that fails) go to the
// platform's JSON log like every other line, scrubbed the same way; its chatter below warn does not.
import type { Logger } from '@baeumteo/server';
import { Logger as HiveLogger } from '@graphql-hive/gateway';

export function hiveLogger(log: Logger): HiveLogger {
  return new HiveLogger({
    level: 'warn',
    writers: [
      {
        write(level, attrs, message) {
          const line = `hive: ${message ?? ''}`.trim();
          const fields = attrs ? { hive: attrs } : undefined;
          if (level === 'error') log.error(line, fields);
          else log.warn(line, fields);
        },
      },
    ],
  });
}

// POST /events: learning events from the outbox relays of courses, content and learners.
// Stored once by event id; events that cannot be stored go to dead letters, never dropped.
import type { Database } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { recordsRepo } from './repo/records.ts';
import { toRecord } from './rules/events.ts';

export function ingestEvents(database: Database<typeof tables>) {
  const repo = recordsRepo(database.db);
  return async (body: unknown) => {
    const { source, events } = (body ?? {}) as { source?: unknown; events?: unknown };
    if (typeof source !== 'string' || !Array.isArray(events)) {
      return { status: 400, body: { error: 'Send {"source": "<service>", "events": [...]}' } };
    }
    const records = [];
    const rejected = [];
    for (const event of events) {
      const checked = toRecord(event, source);
      if ('record' in checked) records.push(checked.record);
      else rejected.push({ reason: checked.reason, event });
    }
    const stored = await repo.ingest(records, rejected, source);
    return {
      status: 200,
      body: { stored, duplicates: records.length - stored, rejected: rejected.map((r) => r.reason) },
    };
  };
}

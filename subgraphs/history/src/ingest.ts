// POST /events: learning events from the outbox relays of courses, content and learners, and
// holders' names from learners. Each event is stored once by its id, in one transaction with the
// statistics rollup and the certificates its COMPLETED records earn. Events that cannot be
// stored go to dead letters, never dropped.
import type { Database, SigningKey } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { certificatesRepo } from './repo/certificates.ts';
import { recordsRepo } from './repo/records.ts';
import { isProfileEvent, type NewRecord, type ProfileEvent, toProfile, toRecord } from './rules/events.ts';

export function ingestEvents(database: Database<typeof tables>, credentialKey: SigningKey) {
  return async (body: unknown) => {
    const { source, events } = (body ?? {}) as { source?: unknown; events?: unknown };
    if (typeof source !== 'string' || !Array.isArray(events)) {
      return { status: 400, body: { error: 'Send {"source": "<service>", "events": [...]}' } };
    }
    const records: NewRecord[] = [];
    const profiles: ProfileEvent[] = [];
    const rejected: { reason: string; event: unknown }[] = [];
    for (const event of events) {
      const checked = isProfileEvent(event) ? toProfile(event) : toRecord(event, source);
      if ('record' in checked) records.push(checked.record);
      else if ('profile' in checked) profiles.push(checked.profile);
      else rejected.push({ reason: checked.reason, event });
    }
    const { stored, certified } = await database.db.transaction(async (tx) => {
      const repo = recordsRepo(tx);
      const stored = await repo.insertNew(records);
      await repo.addToRollup(stored);
      await repo.upsertHolders(profiles);
      await repo.reject(rejected, source);
      const learners = new Set([
        ...stored.filter((r) => r.verb === 'COMPLETED').map((r) => r.learnerId),
        ...profiles.map((p) => p.learnerId),
      ]);
      const certified = await certificatesRepo(tx).issuePending([...learners], credentialKey);
      return { stored: stored.length, certified };
    });
    return {
      status: 200,
      body: {
        stored,
        duplicates: records.length - stored,
        profiles: profiles.length,
        certified,
        rejected: rejected.map((r) => r.reason),
      },
    };
  };
}

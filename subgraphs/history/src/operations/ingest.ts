// Ingestion of a batch of stream events: each checked against the event contract, stored once by
// its id, in one transaction with the statistics rollup and the certificates its COMPLETED
// records earn. Events that cannot be stored go to dead letters with the contract's reason.
import { type EventsResponse, parseStreamEvent } from '@baeumteo/contracts';
import type { Database, SigningKey } from '@baeumteo/server';
import type { tables } from '../db/schema.ts';
import { type HolderName, recordsRepo } from '../repo/records.ts';
import { type NewRecord, recordOf } from '../rules/statements.ts';
import { issuePending } from './certify.ts';

export async function ingestEvents(
  database: Database<typeof tables>,
  credentialKey: SigningKey,
  source: string,
  events: readonly unknown[],
): Promise<EventsResponse> {
  const records: NewRecord[] = [];
  const holders: HolderName[] = [];
  const rejected: { reason: string; event: unknown }[] = [];
  for (const raw of events) {
    const parsed = parseStreamEvent(raw);
    if ('reason' in parsed) rejected.push({ reason: parsed.reason, event: raw });
    else if ('type' in parsed.event) {
      const { learnerId, name, occurredAt } = parsed.event;
      holders.push({ learnerId, name, occurredAt: new Date(occurredAt) });
    } else records.push(recordOf(parsed.event, source));
  }
  const { stored, certified } = await database.db.transaction(async (tx) => {
    const repo = recordsRepo(tx);
    const stored = await repo.insertNew(records);
    await repo.addToRollup(stored);
    await repo.upsertHolders(holders);
    await repo.reject(rejected, source);
    const learners = new Set([
      ...stored.filter((r) => r.verb === 'COMPLETED').map((r) => r.learnerId),
      ...holders.map((h) => h.learnerId),
    ]);
    return { stored: stored.length, certified: await issuePending(tx, [...learners], credentialKey) };
  });
  return {
    stored,
    duplicates: records.length - stored,
    profiles: holders.length,
    certified,
    rejected: rejected.map((r) => r.reason),
  };
}

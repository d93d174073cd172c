// Ingestion of a batch of stream events from one verified producer: each checked against the
// event contract and its verb's owner, stored once by its id, in one transaction with the
// statistics rollup and the certificates its COMPLETED records earn. Events that cannot be stored
// go to dead letters with the reason (the contract's, or the producer that may not send them).
import { type EventProducer, type EventsResponse, parseStreamEvent } from '@baeumteo/contracts';
import { type Database, inTenant } from '@baeumteo/server';
import type { tables } from '../db/schema.ts';
import { type HolderName, recordsRepo } from '../repo/records.ts';
import { wrongProducer } from '../rules/provenance.ts';
import { type NewRecord, recordOf } from '../rules/statements.ts';
import { type Issuer, issuePending } from './certify.ts';

export async function ingestEvents(
  database: Database<typeof tables>,
  issuer: Issuer,
  source: EventProducer,
  events: readonly unknown[],
): Promise<EventsResponse> {
  const records: NewRecord[] = [];
  const holders: HolderName[] = [];
  const rejected: { reason: string; event: unknown }[] = [];
  for (const raw of events) {
    const parsed = parseStreamEvent(raw);
    if ('reason' in parsed) {
      rejected.push({ reason: parsed.reason, event: raw });
      continue;
    }
    const refusal = wrongProducer(parsed.event, source);
    if (refusal) rejected.push({ reason: refusal, event: raw });
    else if ('type' in parsed.event) {
      const { learnerId, name, occurredAt } = parsed.event;
      holders.push({ learnerId, name, occurredAt: new Date(occurredAt) });
    } else records.push(recordOf(parsed.event, source));
  }
  // Events of every city arrive together: they are written as the province's tenant.
  const { stored, certified } = await inTenant(database.db, '*', async (tx) => {
    const repo = recordsRepo(tx);
    const stored = await repo.insertNew(records);
    await repo.addToRollup(stored);
    await repo.upsertHolders(holders);
    await repo.reject(rejected, source);
    const learners = new Set([
      ...stored.filter((r) => r.verb === 'COMPLETED').map((r) => r.learnerId),
      ...holders.map((h) => h.learnerId),
    ]);
    return { stored: stored.length, certified: await issuePending(tx, [...learners], issuer) };
  });
  return {
    stored,
    duplicates: records.length - stored,
    profiles: holders.length,
    certified,
    rejected: rejected.map((r) => r.reason),
  };
}

// Learning events delivered to a platform's history as its producers deliver them: each signed by
// the service that owns its kind (PROFILE by learners, COMPLETED by courses, ...).
import { eventOwners, kindOf, type StreamEvent } from '@baeumteo/contracts';
import { deliverAsOwners, type IngestTotals } from '@baeumteo/server/testing';
import type { Platform } from './platform.ts';

export const ownerOf = (event: object) => eventOwners[kindOf(event as StreamEvent)];

export const eventsUrlOf = (platform: Platform) => `${new URL(platform.services.history.url).origin}/events`;

/** Delivers the events to history, each by its owner; answers the batches' totals. */
export async function ingestAsOwners(platform: Platform, events: readonly object[]): Promise<IngestTotals> {
  const { statuses, totals } = await deliverAsOwners(eventsUrlOf(platform), events, ownerOf);
  if (statuses.some((status) => status !== 200)) throw new Error(`history answered ${statuses.join(', ')}`);
  return totals;
}

// Who may say what: each kind of stream event has one owning service (the contracts'
// eventOwners), and history takes it only from that service, as verified by its signature. A
// COMPLETED from anyone but courses never becomes a record, let alone a certificate.
import { type EventProducer, eventOwners, kindOf, type StreamEvent } from '@baeumteo/contracts';

/** Why `event` may not come from `producer`, or null when it is the event's owner. */
export function wrongProducer(event: StreamEvent, producer: EventProducer): string | null {
  const kind = kindOf(event);
  const owner = eventOwners[kind];
  return owner === producer ? null : `${kind} is accepted only from ${owner}, not from ${producer}`;
}

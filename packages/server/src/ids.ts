import { createHash } from 'node:crypto';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of UUID-keyed entities; anything else names no entity (and must not reach a uuid column). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/**
 * A UUID (version 5 layout, SHA-256 based) that is always the same for the same parts: the id of
 * an event that must exist once whatever the retries, e.g. one ATTENDED per session.
 */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join(':')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

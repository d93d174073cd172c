// Label values that a client chooses (an operation's name) would each open new time series:
// Prometheus keeps every one, so a client sending random names could grow a registry without end.
// The first `cap` distinct values keep their own series; every later one is counted as "other".

export const overflowLabel = 'other';

/** A label value as exported: itself while fewer than `cap` values are known, "other" after. */
export function boundedLabel(cap: number): (value: string) => string {
  const known = new Set<string>();
  return (value) => {
    if (known.has(value)) return value;
    if (known.size >= cap) return overflowLabel;
    known.add(value);
    return value;
  };
}

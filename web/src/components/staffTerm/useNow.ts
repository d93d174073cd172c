import { useEffect, useState } from 'react';

/** The longest wait setTimeout keeps (about 24.8 days); a later moment is waited for in steps. */
const MAX_WAIT = 2 ** 31 - 1;

/** The current time, renewed at `next` (when what the page offers changes by the clock). */
export function useNow(next: (now: number) => number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const at = next(now);
  useEffect(() => {
    if (at === null) return;
    const timer = window.setTimeout(
      () => setNow(Date.now()),
      Math.min(MAX_WAIT, Math.max(0, at - Date.now()) + 50),
    );
    return () => window.clearTimeout(timer);
  }, [at]);
  return now;
}

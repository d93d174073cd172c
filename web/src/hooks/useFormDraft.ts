import { useCallback, useState } from 'react';

// What a resident typed into a form survives an error, a failed request and a reload of the page
// (this tab only, sessionStorage). Never use it for passwords.
const PREFIX = 'baeumteo.draft.';

function read<T extends Record<string, string>>(key: string, initial: T): T {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    if (!raw) return initial;
    const stored: unknown = JSON.parse(raw);
    if (!stored || typeof stored !== 'object') return initial;
    const out: Record<string, string> = { ...initial };
    for (const name of Object.keys(initial)) {
      const value = (stored as Record<string, unknown>)[name];
      if (typeof value === 'string') out[name] = value;
    }
    return out as T;
  } catch {
    return initial;
  }
}

/** `[values, set(name, value), clear()]`: clear once the form has done its job. */
export function useFormDraft<T extends Record<string, string>>(
  key: string,
  initial: T,
): [T, (name: keyof T, value: string) => void, () => void] {
  const [values, setValues] = useState<T>(() => read(key, initial));
  const set = useCallback(
    (name: keyof T, value: string) => {
      setValues((current) => {
        const next = { ...current, [name]: value };
        try {
          window.sessionStorage.setItem(PREFIX + key, JSON.stringify(next));
        } catch {
          // kept in memory only
        }
        return next;
      });
    },
    [key],
  );
  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(PREFIX + key);
    } catch {
      // nothing stored
    }
    setValues(initial);
  }, [key, initial]);
  return [values, set, clear];
}

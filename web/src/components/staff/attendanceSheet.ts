// The attendance sheet's rules, as plain functions: the roster's order, the marks sent, the count.

/** The API takes at most this many entries in one recordSessionAttendance call (subgraphs/courses). */
export const MAX_ENTRIES_PER_CALL = 1000;

export interface RosterLearner {
  learnerId: string;
  displayName: string;
}

/** Marks made so far: learner id → present. A learner not in it is not marked yet. */
export type Marks = ReadonlyMap<string, boolean>;

/** The roster by name in the visitor's language (ties by id, so the order never jumps). */
export function sortRoster<T extends RosterLearner>(roster: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...roster].sort(
    (a, b) => collator.compare(a.displayName, b.displayName) || a.learnerId.localeCompare(b.learnerId),
  );
}

/** How many of the roster are marked present and marked at all. */
export function countMarks(roster: readonly RosterLearner[], marks: Marks) {
  let present = 0;
  let marked = 0;
  for (const { learnerId } of roster) {
    const mark = marks.get(learnerId);
    if (mark === undefined) continue;
    marked += 1;
    if (mark) present += 1;
  }
  return { present, marked, total: roster.length };
}

/** The entries to send, in roster order: every marked learner, the unmarked left out. */
export function attendanceEntries(roster: readonly RosterLearner[], marks: Marks) {
  return roster.flatMap(({ learnerId }) => {
    const present = marks.get(learnerId);
    return present === undefined ? [] : [{ learnerId, present }];
  });
}

/**
 * The calls a sheet takes: one while it fits the API's limit (all or nothing), else consecutive
 * slices of the limit (each all or nothing; an earlier slice stays saved if a later one fails).
 */
export function callsFor<T>(entries: readonly T[], limit = MAX_ENTRIES_PER_CALL): T[][] {
  const calls: T[][] = [];
  for (let start = 0; start < entries.length; start += limit) calls.push(entries.slice(start, start + limit));
  return calls;
}

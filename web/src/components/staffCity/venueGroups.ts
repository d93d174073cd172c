// A city's venues as staff look for them: by the dong (or eup/myeon) each serves, in Korean
// alphabetical order (the names are Korean in every language), with the venues serving no dong
// in a group of their own at the end.

export interface DongGroup<V> {
  /** The dong's name; null for the venues that serve no dong. */
  dong: string | null;
  venues: V[];
}

const collator = new Intl.Collator('ko-KR', { numeric: true });

export function groupByDong<V extends { name: string; dong?: string | null }>(
  venues: readonly V[],
): DongGroup<V>[] {
  const byDong = new Map<string | null, V[]>();
  for (const venue of venues) {
    const dong = venue.dong?.trim() || null;
    const group = byDong.get(dong);
    if (group) group.push(venue);
    else byDong.set(dong, [venue]);
  }
  return [...byDong.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([dong, members]) => ({
      dong,
      venues: [...members].sort((a, b) => collator.compare(a.name, b.name)),
    }));
}

// The city's featured contents while staff arrange them: an ordered list of ids, changed only by
// these steps, never holding one content twice nor more than the API takes.

/** featureContents takes at most this many (subgraphs/content/src/operations/featured.ts). */
export const MAX_FEATURED = 24;

/** The list with the item at `index` moved one place up (`-1`) or down (`1`); unchanged at an end. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** The list with `id` added at the end, unless it is there already or the list is full. */
export function addItem(list: readonly string[], id: string): string[] {
  if (list.includes(id) || list.length >= MAX_FEATURED) return [...list];
  return [...list, id];
}

export function removeItem(list: readonly string[], id: string): string[] {
  return list.filter((item) => item !== id);
}

/** Whether two orders are the same (nothing to save). */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id);
}

// How many notifications the signed-in resident has not read: found by the routes (which hold the
// API client) and shown by the menu's bell (in the shell, which has none). 0 when signed out.
let unread = 0;
const listeners = new Set<() => void>();

export function readUnreadCount(): number {
  return unread;
}

export function setUnreadCount(count: number): void {
  if (count === unread) return;
  unread = count;
  for (const listener of listeners) listener();
}

export function subscribeUnreadCount(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

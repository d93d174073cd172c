// What the HTTP front learns about a request while handling it, for the request's access line:
// its correlation id and trace id, and the GraphQL operation's name, which only the GraphQL layer
// knows. An AsyncLocalStorage carries the notes down, since Apollo Server copies each request's
// context object.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestNotes {
  correlationId?: string;
  traceId?: string;
  operation?: string;
}

const scope = new AsyncLocalStorage<RequestNotes>();

/** Runs the handling of one request with `notes` as the place it writes to. */
export const withRequestNotes = <T>(notes: RequestNotes, work: () => T): T => scope.run(notes, work);

/** Records the operation of the request being handled (nothing outside a request). */
export function noteOperation(name: string): void {
  const notes = scope.getStore();
  if (notes) notes.operation = name;
}

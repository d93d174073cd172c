// POST /finished-contents: courses asks which learners finished which contents, to judge online
// courses, without a link between the two databases.
import type { Database } from '@baeumteo/server';
import { reposOf } from './context.ts';
import type { tables } from './db/schema.ts';

const ids = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 10_000 && value.every((x) => typeof x === 'string');

export function finishedContents(database: Database<typeof tables>) {
  const progress = reposOf(database).progress;
  return async (body: unknown) => {
    const { learnerIds, contentIds } = (body ?? {}) as { learnerIds?: unknown; contentIds?: unknown };
    if (!ids(learnerIds) || !ids(contentIds)) {
      return { status: 400, body: { error: 'Send {"learnerIds": [...], "contentIds": [...]}' } };
    }
    return { status: 200, body: { finished: await progress.finished(learnerIds, contentIds) } };
  };
}

// POST /finished-contents (the contracts' endpoint; only courses may call it, signed with its own
// key): courses asks which learners finished which contents, to judge online courses, without a
// link between the databases.
import { endpointHandler, finishedContentsEndpoint } from '@baeumteo/contracts';
import type { Database } from '@baeumteo/server';
import { reposOf } from '../context.ts';
import type { tables } from '../db/schema.ts';

export function finishedContents(database: Database<typeof tables>) {
  const progress = reposOf(database).progress;
  return endpointHandler(finishedContentsEndpoint, async ({ learnerIds, contentIds }) => ({
    finished: await progress.finished(learnerIds, contentIds),
  }));
}

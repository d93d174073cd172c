// POST /finished-contents on content: which of these learners finished which of these contents.
// courses (and only courses) asks it to judge online courses, without a link between the two databases.
import { z } from 'zod';
import { defineEndpoint } from './endpoint.ts';

const ids = z.array(z.string().max(64)).max(10_000);

export const finishedContentsEndpoint = defineEndpoint({
  owner: 'content',
  callers: ['courses'],
  method: 'POST',
  path: '/finished-contents',
  request: z.object({ learnerIds: ids, contentIds: ids }),
  response: z.object({ finished: z.array(z.object({ learnerId: z.string(), contentId: z.string() })) }),
});

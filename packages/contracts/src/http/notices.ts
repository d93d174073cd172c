// POST /notices on notifications: producers' relays deliver batches of notices (and learners the
// contacts), each batch signed by its producer. The envelope is checked here; each notice on its
// own by notifications (parseNotice), so one malformed notice never blocks its batch.
import { z } from 'zod';
import { defaultGraphqlUrl } from '../services.ts';
import { type ClientOptions, defineEndpoint, endpointClient } from './endpoint.ts';

/** The services that tell notifications what happened. */
export const noticeProducers = ['courses', 'learners', 'content', 'history'] as const;
export type NoticeProducer = (typeof noticeProducers)[number];

export const noticesEndpoint = defineEndpoint({
  owner: 'notifications',
  callers: noticeProducers,
  method: 'POST',
  path: '/notices',
  request: z.object({ notices: z.array(z.unknown()).max(1000) }),
  response: z.object({
    stored: z.number().int(),
    duplicates: z.number().int(),
    contacts: z.number().int(),
    /** Why each refused notice was refused, in order. */
    rejected: z.array(z.string()),
  }),
});

/** What a producer's notice relay delivers with: one signed batch to notifications' /notices. */
export function deliverNotices(options: ClientOptions<NoticeProducer>) {
  const post = endpointClient(noticesEndpoint, options);
  return async (notices: unknown[]): Promise<void> => {
    await post({ notices });
  };
}

/** Where producers deliver notices by default (NOTIFICATIONS_NOTICES_URL). */
export const defaultNoticesUrl = new URL(noticesEndpoint.path, defaultGraphqlUrl('notifications')).href;

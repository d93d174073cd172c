// POST /notices: the producers' relays deliver the notice stream here, each batch signed by its
// producer (noticesEndpoint names who may call). Contacts come from learners alone.
import { endpointHandler, noticesEndpoint } from '@baeumteo/contracts';
import type { Database } from '@baeumteo/server';
import type { ChannelName } from '../channels/channel.ts';
import type { tables } from '../db/schema.ts';
import { takeNotices } from '../operations/intake.ts';
import type { QuietHours } from '../rules/nightHold.ts';

export const noticesHandler = (
  database: Database<typeof tables>,
  channels: readonly ChannelName[],
  quietHours: QuietHours | null,
) =>
  endpointHandler(noticesEndpoint, ({ notices }, from) =>
    takeNotices(database, notices, channels, new Date(), from, quietHours),
  );

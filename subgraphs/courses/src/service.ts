// Starts the courses subgraph: standardized academic management.
import { deliverEvents, deliverNotices } from '@baeumteo/contracts';
import {
  defaultAccessLogRetentionDays,
  loadTypeDefs,
  type PrivateKeys,
  type SubgraphStartOptions,
  serviceSigner,
  startOutboxRelay,
  startPruner,
  startSubgraphService,
} from '@baeumteo/server';
import { createContext } from './context.ts';
import { noticeOutbox, outbox, tables } from './db/schema.ts';
import { contentClient } from './http/contentClient.ts';
import { type ReminderSettings, type ReminderWorker, startSessionReminders } from './operations/reminders.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { coursesRepo } from './repo/courses.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export { queueSessionReminders, type ReminderWorker } from './operations/reminders.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export interface CoursesOptions extends SubgraphStartOptions {
  /** history's /events, where the outbox relay delivers learning events; none: no relay. */
  historyEventsUrl?: string | undefined;
  /** notifications' /notices, where the notice relay delivers what learners are told; none: no relay. */
  noticesUrl?: string | undefined;
  /** content's GraphQL URL: courses asks it which learners finished an online course's contents. */
  contentUrl?: string | undefined;
  /** Its own key: signs its event deliveries and its questions to content. */
  keys: Pick<PrivateKeys, 'courses'>;
  /** The day-before reminder worker's timing; false: none runs (it can still be run by hand). */
  reminders?: ReminderSettings | false | undefined;
}

export async function startCourses(options: CoursesOptions) {
  const signer = serviceSigner('courses', options.keys.courses);
  let reminders: ReminderWorker | undefined;
  const service = await startSubgraphService({
    name: 'courses',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    outbox,
    noticeOutbox,
    workers: (database) => {
      reminders = startSessionReminders(
        database.db,
        options.reminders === false ? { periodic: false } : options.reminders,
      );
      return [
        ...(options.historyEventsUrl
          ? [
              startOutboxRelay({
                name: 'courses',
                db: database.db,
                outbox,
                deliver: deliverEvents({ url: options.historyEventsUrl, signer }),
                ...options.relay,
              }),
            ]
          : []),
        ...(options.noticesUrl
          ? [
              startOutboxRelay({
                name: 'courses-notices',
                db: database.db,
                outbox: noticeOutbox,
                deliver: deliverNotices({ url: options.noticesUrl, signer }),
                ...options.relay,
              }),
            ]
          : []),
        reminders,
        startPruner({
          name: 'courses-access-log',
          prune: () =>
            accessLogRepo(database.db).prune(options.accessLogRetentionDays ?? defaultAccessLogRetentionDays),
        }),
      ];
    },
    createContext: (database, request) =>
      createContext(database, request, contentClient(options.contentUrl, signer)),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await coursesRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
  return { ...service, reminders: reminders as ReminderWorker };
}

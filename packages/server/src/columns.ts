// Column helpers every subgraph's drizzle schema uses, so that all store time the same way.
import { timestamp } from 'drizzle-orm/pg-core';

/** An instant: timestamptz, read as a JavaScript Date. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

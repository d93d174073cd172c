// Notices for notifications (what a learner is told of their certificates), queued in the
// transaction that issues them and relayed like the other producers' notices.
import { type NewNotice, writeNotices } from '@baeumteo/contracts';
import { currentTraceparent } from '@baeumteo/server';
import { noticeOutbox } from '../db/schema.ts';
import type { HistoryDb } from './certificates.ts';

export const queueNotices = (tx: HistoryDb, notices: readonly NewNotice[]) =>
  writeNotices(tx, noticeOutbox, notices, { traceparent: currentTraceparent() });

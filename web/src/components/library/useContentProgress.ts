import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../generated';
import { hasErrorCode } from '../../lib/errors';
import { type PlaybackEvent, positionToReport } from './progressReports';

const RecordContentProgress = graphql(`
  mutation ContentPageRecordProgress($contentId: ID!, $positionSeconds: Int!) {
    recordContentProgress(contentId: $contentId, positionSeconds: $positionSeconds) {
      percent
      positionSeconds
      completedAt
    }
  }
`);

export interface SavedProgress {
  percent: number;
  positionSeconds: number;
  completedAt: string | null;
}

/** What a player calls with its current time on each playback event. */
export type ReportPlayback = (currentTime: number, event: PlaybackEvent) => void;

/**
 * Saves how far the learner played a content while it plays (about every 15 s, on pause and at the
 * end), and keeps the progress the server answered. Does nothing when `enabled` is false (signed
 * out: the content plays, nothing is saved). `onSignedOut` runs when the server refused the token.
 */
export function useContentProgress(
  contentId: string,
  saved: SavedProgress | null | undefined,
  enabled: boolean,
  onSignedOut: () => void,
) {
  const [record, { error }] = useMutation(RecordContentProgress);
  const [answered, setAnswered] = useState<SavedProgress | null>(null);
  const lastReported = useRef<number | undefined>(undefined);

  // Another content: start afresh.
  useEffect(() => {
    void contentId;
    lastReported.current = undefined;
    setAnswered(null);
  }, [contentId]);

  const report: ReportPlayback = useCallback(
    (currentTime, event) => {
      if (!enabled) return;
      const position = positionToReport(lastReported.current, currentTime, event);
      if (position === undefined) return;
      lastReported.current = position;
      record({ variables: { contentId, positionSeconds: position } }).then(
        ({ data }) => {
          const progress = data?.recordContentProgress;
          // Answers may arrive out of order: the furthest is the one to show.
          if (progress)
            setAnswered((current) => (current && current.percent > progress.percent ? current : progress));
        },
        (failure: unknown) => {
          if (hasErrorCode(failure, 'UNAUTHENTICATED')) onSignedOut();
        },
      );
    },
    [enabled, contentId, record, onSignedOut],
  );

  const progress = answered && (!saved || answered.percent >= saved.percent) ? answered : (saved ?? null);
  return { report, progress, error };
}

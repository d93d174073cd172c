import { ExternalContent } from './ExternalContent';
import { MediaPlayer } from './MediaPlayer';
import { mediaSourceOf } from './mediaSource';
import type { ReportPlayback } from './useContentProgress';
import { YouTubePlayer } from './YouTubePlayer';

/** The right player for a content: YouTube embed, the browser's media player, or the provider's page. */
export function ContentPlayer(props: {
  content: { kind: string; url: string; title: string; provider: string };
  onPlayback: ReportPlayback;
}) {
  const { content, onPlayback } = props;
  const source = mediaSourceOf(content, window.location.origin);
  if (source.player === 'youtube') {
    return <YouTubePlayer videoId={source.videoId} title={content.title} onPlayback={onPlayback} />;
  }
  if (source.player === 'media')
    return <MediaPlayer url={content.url} title={content.title} onPlayback={onPlayback} />;
  return <ExternalContent url={content.url} provider={content.provider} />;
}

/** Whether the content plays on this page (so that its progress is recorded here). */
export function playsHere(content: { kind: string; url: string }): boolean {
  return mediaSourceOf(content, window.location.origin).player !== 'external';
}

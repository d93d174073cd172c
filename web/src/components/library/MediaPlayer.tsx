import { type SyntheticEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPlayback } from './useContentProgress';

/** The browser's own player for a media file (video or audio), reporting the position as it plays. */
export function MediaPlayer({
  url,
  title,
  onPlayback,
}: {
  url: string;
  title: string;
  onPlayback: ReportPlayback;
}) {
  const { t } = useTranslation('library');
  const media = useRef<HTMLVideoElement>(null);
  const playback = useRef(onPlayback);
  playback.current = onPlayback;
  const at = (event: SyntheticEvent<HTMLVideoElement>) => event.currentTarget.currentTime;

  // Leaving the page (or this content) while it plays counts like a pause.
  useEffect(() => {
    const element = media.current;
    const leave = () => {
      if (element && !element.paused && !element.ended) playback.current(element.currentTime, 'paused');
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);

  return (
    <div className="player player--media">
      {/* biome-ignore lint/a11y/useMediaCaption: the library's files come without caption tracks; the description says what the content is. */}
      <video
        ref={media}
        data-testid="player"
        className="player__media"
        src={url}
        controls
        preload="metadata"
        aria-label={t('player.mediaLabel', { title })}
        onTimeUpdate={(event) => onPlayback(at(event), 'playing')}
        onPause={(event) => {
          // `pause` also fires just before `ended`: the end is reported by `ended`.
          if (!event.currentTarget.ended) onPlayback(at(event), 'paused');
        }}
        onEnded={(event) => onPlayback(at(event), 'ended')}
      >
        <a href={url}>{t('player.download')}</a>
      </video>
    </div>
  );
}

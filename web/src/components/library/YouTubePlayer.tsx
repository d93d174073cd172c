import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { youTubeEmbedUrl } from './mediaSource';
import type { ReportPlayback } from './useContentProgress';
import { isYouTubeOrigin, listeningMessage, PLAYER_STATE, parsePlayerMessage } from './youTubeMessages';

const PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';
/** The player answers only once it is ready: say "listening" again until it does. */
const LISTEN_RETRY_MS = 1000;
const LISTEN_ATTEMPTS = 15;

/**
 * A YouTube video in the privacy-enhanced embed. The page speaks the player's postMessage protocol
 * itself (the Content-Security-Policy keeps the IFrame API script out) to hear the position.
 */
export function YouTubePlayer({
  videoId,
  title,
  onPlayback,
}: {
  videoId: string;
  title: string;
  onPlayback: ReportPlayback;
}) {
  const { t } = useTranslation('library');
  const frame = useRef<HTMLIFrameElement>(null);
  const heard = useRef(false);
  const state = useRef<{ time: number; playerState: number | undefined }>({
    time: 0,
    playerState: undefined,
  });
  const playback = useRef(onPlayback);
  playback.current = onPlayback;
  const origin = window.location.origin;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!isYouTubeOrigin(event.origin) || event.source !== frame.current?.contentWindow) return;
      const update = parsePlayerMessage(event.data);
      if (!update) return;
      heard.current = true;
      const current = state.current;
      if (update.currentTime !== undefined) current.time = update.currentTime;
      const changed = update.playerState !== undefined && update.playerState !== current.playerState;
      if (update.playerState !== undefined) current.playerState = update.playerState;
      if (changed && current.playerState === PLAYER_STATE.PAUSED) playback.current(current.time, 'paused');
      else if (changed && current.playerState === PLAYER_STATE.ENDED) playback.current(current.time, 'ended');
      else if (current.playerState === PLAYER_STATE.PLAYING) playback.current(current.time, 'playing');
    };
    // Leaving the page (or this content) while it plays counts like a pause.
    const leave = () => {
      if (state.current.playerState === PLAYER_STATE.PLAYING) playback.current(state.current.time, 'paused');
    };
    window.addEventListener('message', onMessage);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('message', onMessage);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);

  const listen = () => {
    heard.current = false;
    let attempts = 0;
    const say = () => {
      if (heard.current || attempts >= LISTEN_ATTEMPTS) return;
      attempts += 1;
      frame.current?.contentWindow?.postMessage(listeningMessage(), PLAYER_ORIGIN);
      window.setTimeout(say, LISTEN_RETRY_MS);
    };
    say();
  };

  return (
    <div className="player player--youtube">
      <iframe
        ref={frame}
        data-testid="player"
        className="player__frame"
        src={youTubeEmbedUrl(videoId, origin)}
        title={t('player.youTubeLabel', { title })}
        allow="encrypted-media; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
        onLoad={listen}
      />
    </div>
  );
}

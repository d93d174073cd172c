// The YouTube embed's postMessage protocol, spoken directly: the Content-Security-Policy
// (script-src 'self') keeps the IFrame API script out. The page says it is listening; the player
// then sends `infoDelivery` (currentTime, playerState, …) and `onStateChange` messages.

export const PLAYER_STATE = { ENDED: 0, PLAYING: 1, PAUSED: 2 } as const;

export interface YouTubePlayerUpdate {
  /** Seconds into the video, when the message said. */
  currentTime?: number;
  /** -1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering, 5 cued. */
  playerState?: number;
}

/** The message that asks the player to send its state from now on. */
export function listeningMessage(id = 1): string {
  return JSON.stringify({ event: 'listening', id, channel: 'widget' });
}

/** Whether a message comes from a YouTube player (youtube.com or youtube-nocookie.com, https). */
export function isYouTubeOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname;
  return ['youtube.com', 'youtube-nocookie.com'].some(
    (domain) => host === domain || host.endsWith(`.${domain}`),
  );
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * What a player message tells about the position and state, or undefined when it is not a player
 * message (anything else, malformed JSON, other events). Data may be a JSON string or an object.
 */
export function parsePlayerMessage(data: unknown): YouTubePlayerUpdate | undefined {
  let message: unknown = data;
  if (typeof data === 'string') {
    try {
      message = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (typeof message !== 'object' || message === null) return undefined;
  const { event, info } = message as { event?: unknown; info?: unknown };
  if (event === 'onStateChange') {
    return isFiniteNumber(info) ? { playerState: info } : undefined;
  }
  if (event !== 'infoDelivery' || typeof info !== 'object' || info === null) return undefined;
  const { currentTime, playerState } = info as { currentTime?: unknown; playerState?: unknown };
  const update: YouTubePlayerUpdate = {};
  if (isFiniteNumber(currentTime) && currentTime >= 0) update.currentTime = currentTime;
  if (isFiniteNumber(playerState)) update.playerState = playerState;
  return update.currentTime === undefined && update.playerState === undefined ? undefined : update;
}

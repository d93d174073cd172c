// Which player a content gets: its own YouTube embed, the browser's media player for a media file,
// or a link to the provider's page (GSEEK and K-MOOC lessons, documents), where the provider keeps
// the learner's progress.

export type MediaSource =
  | { player: 'youtube'; videoId: string }
  | { player: 'media' }
  | { player: 'external' };

const MEDIA_EXTENSIONS = ['.mp4', '.webm', '.ogg', '.ogv', '.mp3', '.wav', '.m4a'];
const YOUTUBE_HOSTS = ['youtube.com', 'www.youtube.com', 'm.youtube.com'];
const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

function parseUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** The video id of a youtube.com/watch?v=ID, youtu.be/ID or youtube.com/embed/ID address. */
export function youTubeVideoId(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  let id: string | null | undefined;
  if (parsed.hostname === 'youtu.be') id = parsed.pathname.slice(1);
  else if (YOUTUBE_HOSTS.includes(parsed.hostname)) {
    id =
      parsed.pathname === '/watch'
        ? parsed.searchParams.get('v')
        : parsed.pathname.match(/^\/embed\/([^/]+)/)?.[1];
  }
  return id && VIDEO_ID.test(id) ? id : undefined;
}

/**
 * How to play a content at `url` on a page at `pageOrigin`. A media file is recognised by its
 * extension; a VIDEO served by this site itself (a city's own file) plays here too, whatever its
 * name. Provider pages (a GSEEK lecture is a VIDEO too) open at the provider.
 */
export function mediaSourceOf(content: { kind: string; url: string }, pageOrigin: string): MediaSource {
  const videoId = youTubeVideoId(content.url);
  if (videoId) return { player: 'youtube', videoId };
  const parsed = parseUrl(content.url, pageOrigin);
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) return { player: 'external' };
  const path = parsed.pathname.toLowerCase();
  if (MEDIA_EXTENSIONS.some((extension) => path.endsWith(extension))) return { player: 'media' };
  if (content.kind === 'VIDEO' && parsed.origin === pageOrigin) return { player: 'media' };
  return { player: 'external' };
}

/** The privacy-enhanced embed address, with the JS API on so that the page can hear the position. */
export function youTubeEmbedUrl(videoId: string, pageOrigin: string): string {
  const params = new URLSearchParams({ enablejsapi: '1', origin: pageOrigin });
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(videoId)}?${params.toString()}`;
}

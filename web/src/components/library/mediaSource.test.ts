import { describe, expect, it } from 'vitest';
import { mediaSourceOf, youTubeEmbedUrl, youTubeVideoId } from './mediaSource';

const ORIGIN = 'https://siheung.baeumteo.kr';

describe('youTubeVideoId', () => {
  it('reads watch, short and embed addresses', () => {
    expect(youTubeVideoId('https://www.youtube.com/watch?v=SWDt2Lh0BAw')).toBe('SWDt2Lh0BAw');
    expect(youTubeVideoId('https://youtu.be/SWDt2Lh0BAw?t=30')).toBe('SWDt2Lh0BAw');
    expect(youTubeVideoId('https://m.youtube.com/watch?v=gARAzKkYO6_&list=x')).toBe('gARAzKkYO6_');
    expect(youTubeVideoId('https://www.youtube.com/embed/af7g0oZw_fl')).toBe('af7g0oZw_fl');
  });

  it('refuses other hosts and odd ids', () => {
    expect(youTubeVideoId('https://youtube.com.evil.example/watch?v=SWDt2Lh0BAw')).toBeUndefined();
    expect(youTubeVideoId('https://www.youtube.com/watch?v=a"b<c')).toBeUndefined();
    expect(youTubeVideoId('https://www.youtube.com/channel/UC123')).toBeUndefined();
    expect(youTubeVideoId('not a url')).toBeUndefined();
  });
});

describe('mediaSourceOf', () => {
  it('embeds YouTube videos', () => {
    expect(mediaSourceOf({ kind: 'YOUTUBE', url: 'https://youtu.be/SWDt2Lh0BAw' }, ORIGIN)).toEqual({
      player: 'youtube',
      videoId: 'SWDt2Lh0BAw',
    });
  });

  it('plays media files here, by their extension', () => {
    expect(mediaSourceOf({ kind: 'VIDEO', url: `${ORIGIN}/media/tone.wav` }, ORIGIN)).toEqual({
      player: 'media',
    });
    expect(mediaSourceOf({ kind: 'MOOC', url: 'https://cdn.example/a/Lesson.MP4?x=1' }, ORIGIN)).toEqual({
      player: 'media',
    });
    expect(mediaSourceOf({ kind: 'VIDEO', url: '/media/tone.ogg' }, ORIGIN)).toEqual({ player: 'media' });
  });

  it("plays a VIDEO served by the site's own origin", () => {
    expect(mediaSourceOf({ kind: 'VIDEO', url: `${ORIGIN}/media/stream` }, ORIGIN)).toEqual({
      player: 'media',
    });
  });

  it('opens provider pages and documents at the provider', () => {
    expect(
      mediaSourceOf({ kind: 'VIDEO', url: 'https://www.gseek.kr/lecture/view/182534?lesson=1' }, ORIGIN),
    ).toEqual({
      player: 'external',
    });
    expect(
      mediaSourceOf({ kind: 'MOOC', url: 'https://www.kmooc.kr/view/course/detail/K82722?week=1' }, ORIGIN),
    ).toEqual({
      player: 'external',
    });
    expect(
      mediaSourceOf({ kind: 'DOCUMENT', url: 'https://www.gseek.kr/workbook/WB95490-01.pdf' }, ORIGIN),
    ).toEqual({
      player: 'external',
    });
    expect(mediaSourceOf({ kind: 'VIDEO', url: 'javascript:alert(1)//.mp4' }, ORIGIN)).toEqual({
      player: 'external',
    });
  });
});

describe('youTubeEmbedUrl', () => {
  it('is the privacy-enhanced embed with the JS API and this origin', () => {
    expect(youTubeEmbedUrl('SWDt2Lh0BAw', ORIGIN)).toBe(
      'https://www.youtube-nocookie.com/embed/SWDt2Lh0BAw?enablejsapi=1&origin=https%3A%2F%2Fsiheung.baeumteo.kr',
    );
  });
});

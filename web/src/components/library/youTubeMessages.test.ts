import { describe, expect, it } from 'vitest';
import { isYouTubeOrigin, listeningMessage, PLAYER_STATE, parsePlayerMessage } from './youTubeMessages';

describe('listeningMessage', () => {
  it('is the widget channel listening event', () => {
    expect(JSON.parse(listeningMessage())).toEqual({ event: 'listening', id: 1, channel: 'widget' });
  });
});

describe('isYouTubeOrigin', () => {
  it('accepts the YouTube player origins over https', () => {
    expect(isYouTubeOrigin('https://www.youtube-nocookie.com')).toBe(true);
    expect(isYouTubeOrigin('https://www.youtube.com')).toBe(true);
    expect(isYouTubeOrigin('https://youtube.com')).toBe(true);
  });

  it('refuses look-alikes, plain http and garbage', () => {
    expect(isYouTubeOrigin('https://youtube.com.evil.example')).toBe(false);
    expect(isYouTubeOrigin('https://notyoutube.com')).toBe(false);
    expect(isYouTubeOrigin('http://www.youtube.com')).toBe(false);
    expect(isYouTubeOrigin('null')).toBe(false);
  });
});

describe('parsePlayerMessage', () => {
  it('reads the position and state of an infoDelivery message', () => {
    const data = JSON.stringify({
      event: 'infoDelivery',
      info: { currentTime: 42.5, playerState: 1, volume: 100 },
    });
    expect(parsePlayerMessage(data)).toEqual({ currentTime: 42.5, playerState: PLAYER_STATE.PLAYING });
  });

  it('reads an infoDelivery that carries only one of them', () => {
    expect(parsePlayerMessage('{"event":"infoDelivery","info":{"currentTime":3}}')).toEqual({
      currentTime: 3,
    });
    expect(parsePlayerMessage('{"event":"infoDelivery","info":{"playerState":2}}')).toEqual({
      playerState: 2,
    });
  });

  it('reads a state change', () => {
    expect(parsePlayerMessage('{"event":"onStateChange","info":0}')).toEqual({
      playerState: PLAYER_STATE.ENDED,
    });
  });

  it('accepts an object as well as a JSON string', () => {
    expect(parsePlayerMessage({ event: 'onStateChange', info: 2 })).toEqual({ playerState: 2 });
  });

  it('ignores other messages, malformed JSON and nonsense values', () => {
    expect(parsePlayerMessage('{"event":"onReady"}')).toBeUndefined();
    expect(parsePlayerMessage('{"event":"infoDelivery","info":{"videoData":{}}}')).toBeUndefined();
    expect(parsePlayerMessage('{"event":"infoDelivery","info":{"currentTime":-1}}')).toBeUndefined();
    expect(parsePlayerMessage('{"event":"onStateChange","info":"1"}')).toBeUndefined();
    expect(parsePlayerMessage('not json')).toBeUndefined();
    expect(parsePlayerMessage(null)).toBeUndefined();
    expect(parsePlayerMessage(7)).toBeUndefined();
  });
});

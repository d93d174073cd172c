import { describe, expect, it } from 'vitest';
import { percentText } from './percentText';

describe('percentText', () => {
  it('shows at most one decimal', () => {
    expect(percentText(12.345, 'en')).toBe('12.3');
    expect(percentText(100, 'ko')).toBe('100');
    expect(percentText(0, 'en')).toBe('0');
  });

  it('never rounds a started content down to 0', () => {
    expect(percentText(0.0277, 'en')).toBe('0.028');
    expect(percentText(0.4, 'vi')).toBe('0,4');
  });

  it('keeps to 0..100', () => {
    expect(percentText(140, 'en')).toBe('100');
    expect(percentText(Number.NaN, 'en')).toBe('0');
  });
});

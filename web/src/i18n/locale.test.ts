import { describe, expect, it } from 'vitest';
import { intlLocale, pickLocale, toGraphQLLocale } from './locale';

describe('pickLocale', () => {
  it("takes the browser's first language that the city offers", () => {
    expect(pickLocale(['vi-VN', 'en-US'], ['ko', 'en', 'zh', 'vi'], 'ko')).toBe('vi');
    expect(pickLocale(['zh-Hans-CN', 'ko'], ['ko', 'en', 'zh', 'vi'], 'ko')).toBe('zh');
    expect(pickLocale(['zh_CN'], ['ko', 'en', 'zh', 'vi'], 'ko')).toBe('zh');
  });

  it("skips languages the city does not offer, then falls back to the city's default", () => {
    expect(pickLocale(['vi-VN', 'en-GB'], ['ko', 'en'], 'ko')).toBe('en');
    expect(pickLocale(['fr-FR', 'de'], ['ko', 'en'], 'ko')).toBe('ko');
    expect(pickLocale([], ['ko', 'en'], 'en')).toBe('en');
  });
});

describe('locale tags', () => {
  it('maps each language to its Intl tag and GraphQL enum', () => {
    expect(intlLocale('zh')).toBe('zh-CN');
    expect(intlLocale('vi')).toBe('vi-VN');
    expect(toGraphQLLocale('vi')).toBe('VI');
  });
});

import { describe, expect, it } from 'vitest';
import {
  type ContentDraft,
  draftFromContent,
  EMPTY_DRAFT,
  toContentInput,
  toggleLanguage,
  urlProblem,
} from './contentDraft';

const draft: ContentDraft = {
  ...EMPTY_DRAFT,
  titleKo: '스마트폰 첫걸음',
  titleEn: '  ',
  descriptionKo: '설명',
  kind: 'YOUTUBE',
  provider: '시흥시 평생학습관 YouTube',
  url: ' https://www.youtube.com/watch?v=abc ',
  durationMinutes: ' 15 ',
  languages: 'KO,VI',
  cityId: 'siheung',
};

describe('toContentInput', () => {
  it('sends empty translations as none, whole minutes, the chosen languages and the city', () => {
    const result = toContentInput(draft);
    expect(result).toMatchObject({
      input: {
        titleEn: null,
        url: 'https://www.youtube.com/watch?v=abc',
        durationMinutes: 15,
        languages: ['KO', 'VI'],
        cityId: 'siheung',
        kind: 'YOUTUBE',
      },
    });
  });

  it('refuses a duration that is no whole number itself, and sends none for province-wide', () => {
    expect(toContentInput({ ...draft, durationMinutes: '1.5' })).toEqual({ field: 'input.durationMinutes' });
    expect(toContentInput({ ...draft, durationMinutes: '' })).toEqual({ field: 'input.durationMinutes' });
    expect(toContentInput({ ...draft, cityId: '' })).toMatchObject({ input: { cityId: null } });
  });
});

describe('toggleLanguage', () => {
  it('keeps the form order and each language once', () => {
    expect(toggleLanguage('VI', 'KO', true)).toBe('KO,VI');
    expect(toggleLanguage('KO,VI', 'KO', true)).toBe('KO,VI');
    expect(toggleLanguage('KO,VI', 'KO', false)).toBe('VI');
  });
});

describe('draftFromContent', () => {
  it('drops translations that are the Korean fallback', () => {
    const prefilled = draftFromContent({
      titleKo: '한글',
      titleEn: 'Hangul',
      titleZh: '한글',
      titleVi: '한글',
      descriptionKo: '설명',
      descriptionEn: '설명',
      descriptionZh: '说明',
      descriptionVi: '설명',
      kind: 'VIDEO',
      provider: 'GSEEK',
      url: 'https://www.gseek.kr/1',
      level: 'BEGINNER',
      category: 'HUMANITIES',
      durationMinutes: 30,
      languages: ['VI', 'KO'],
    });
    expect(prefilled).toMatchObject({
      titleEn: 'Hangul',
      titleZh: '',
      titleVi: '',
      descriptionEn: '',
      descriptionZh: '说明',
      durationMinutes: '30',
      languages: 'KO,VI',
      cityId: '',
    });
  });
});

describe('urlProblem', () => {
  it('follows the server: https only, YouTube hosts for YOUTUBE', () => {
    expect(urlProblem('http://www.youtube.com/watch?v=1', 'YOUTUBE')).toBe('https');
    expect(urlProblem('youtube.com/watch', 'YOUTUBE')).toBe('https');
    expect(urlProblem('https://vimeo.com/1', 'YOUTUBE')).toBe('youtube');
    expect(urlProblem('https://m.youtube.com/watch?v=1', 'YOUTUBE')).toBeNull();
    expect(urlProblem('https://youtu.be/1', 'YOUTUBE')).toBeNull();
    expect(urlProblem('https://vimeo.com/1', 'VIDEO')).toBeNull();
    expect(urlProblem(`https://a.kr/${'a'.repeat(2000)}`, 'VIDEO')).toBe('length');
  });
});

// The vocabulary the catalog is built from: topics and their lessons per category, the required
// topics, translations for foreign residents, and each city's venues.
import { cities } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import { cityVenues, topics } from '../src/index.ts';
import { CATEGORIES } from './fixtures.ts';

describe('vocabulary', () => {
  it('has at least 12 topics per category, each with 6 to 10 lessons', () => {
    expect(new Set(topics.map((t) => t.key)).size).toBe(topics.length);
    for (const category of CATEGORIES) {
      expect(topics.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(12);
    }
    for (const topic of topics) {
      expect(topic.lessons.length, topic.key).toBeGreaterThanOrEqual(6);
      expect(topic.lessons.length, topic.key).toBeLessThanOrEqual(10);
      expect(topic.descriptionKo.length).toBeGreaterThan(10);
      expect(topic.descriptionEn.length).toBeGreaterThan(10);
    }
  });

  it('includes the required topics', () => {
    const titles = topics.map((t) => t.titleKo);
    for (const needle of [
      '외국인을 위한 한국어 초급',
      '외국인을 위한 한국어 중급',
      '외국인을 위한 한국어 고급',
      'AI 기초와 생성형 AI 활용',
      '어르신 스마트폰 활용',
      '키오스크 사용법',
      '나만의 책 쓰기',
      '스피치와 발표',
      '파이썬 기초',
      '엑셀 실무',
      '바리스타',
      '요양보호사 준비',
      '수채화',
      '우쿨렐레',
      '초졸 검정고시',
      '중졸 검정고시',
      '고졸 검정고시',
      '한글 기초 교실',
      '마을활동가 양성',
      '탄소중립 생활 실천',
      '민주시민 교육',
    ]) {
      expect(
        titles.some((t) => t.includes(needle)),
        needle,
      ).toBe(true);
    }
    expect(topics.find((t) => t.titleKo === '파이썬 기초')?.titleEn).toBe('Python for beginners');
  });

  it('translates Korean-for-foreigners lessons into Chinese and Vietnamese', () => {
    const korean = topics.filter((t) => t.theme === 'KOREAN_FOR_FOREIGN_RESIDENTS');
    expect(korean.map((t) => t.level).sort()).toEqual(['ADVANCED', 'BEGINNER', 'INTERMEDIATE']);
    for (const topic of korean) {
      expect(topic.titleZh).toBeTruthy();
      expect(topic.titleVi).toBeTruthy();
      for (const lesson of topic.lessons) {
        expect(lesson.zh).toBeTruthy();
        expect(lesson.vi).toBeTruthy();
      }
    }
  });

  it('has 3 to 5 venues per city, one learning centre, neighbourhood rooms named after their dong', () => {
    for (const city of cities) {
      const venues = cityVenues[city.id] ?? [];
      expect(venues.length, city.id).toBeGreaterThanOrEqual(3);
      expect(venues.length, city.id).toBeLessThanOrEqual(5);
      expect(venues.filter((v) => v.kind === 'LEARNING_CENTER')).toHaveLength(1);
      for (const venue of venues) {
        expect(venue.address.startsWith(`경기도 ${city.nameKo} `), venue.address).toBe(true);
        if (venue.kind === 'NEIGHBORHOOD_CENTER') {
          expect(venue.dong).toMatch(/[동읍면]$/);
          expect(venue.name.startsWith(venue.dong ?? '?')).toBe(true);
        }
      }
    }
  });
});

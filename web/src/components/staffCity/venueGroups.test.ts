import { describe, expect, it } from 'vitest';
import { groupByDong } from './venueGroups';

const venue = (name: string, dong?: string | null) => ({ name, dong });

describe('groupByDong', () => {
  it('groups venues by dong in Korean order, those without a dong last', () => {
    const groups = groupByDong([
      venue('정왕 도서관', '정왕동'),
      venue('시흥시 평생학습관', null),
      venue('대야 주민센터', '대야동'),
      venue('배곧 배움터', '배곧동'),
      venue('온라인 강의실'),
      venue('정왕 주민 배움터', '정왕동'),
    ]);
    expect(groups.map((g) => g.dong)).toEqual(['대야동', '배곧동', '정왕동', null]);
    expect(groups[2]?.venues.map((v) => v.name)).toEqual(['정왕 도서관', '정왕 주민 배움터']);
    expect(groups[3]?.venues.map((v) => v.name)).toEqual(['시흥시 평생학습관', '온라인 강의실']);
  });

  it('treats a blank dong as none and trims the name it groups by', () => {
    const groups = groupByDong([venue('가', '  '), venue('나', ' 정왕동 '), venue('다', '정왕동')]);
    expect(groups).toEqual([
      { dong: '정왕동', venues: [venue('나', ' 정왕동 '), venue('다', '정왕동')] },
      { dong: null, venues: [venue('가', '  ')] },
    ]);
  });

  it('orders numbered dongs by number', () => {
    const groups = groupByDong([venue('a', '정왕3동'), venue('b', '정왕10동'), venue('c', '정왕1동')]);
    expect(groups.map((g) => g.dong)).toEqual(['정왕1동', '정왕3동', '정왕10동']);
  });

  it('answers no groups for no venues', () => {
    expect(groupByDong([])).toEqual([]);
  });
});

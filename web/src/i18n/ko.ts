/** Korean messages: the reference dictionary. Every other dictionary must have the same shape. */
export const ko = {
  appName: '배움터',
  tagline: '경기도와 31개 시·군이 함께하는 평생학습',
  skipToContent: '본문 바로가기',
  language: {
    /** The name of this language, in this language. */
    name: '한국어',
    switcherLabel: '언어 선택',
  },
  courses: {
    heading: '모집 중인 강좌',
    loading: '강좌 정보를 불러오는 중입니다…',
    empty: '모집 중인 강좌가 없습니다',
    emptyHint: '새 강좌가 열리면 이곳에 안내해 드립니다.',
    summary: (shown: string, total: string) => `전체 ${total}개 강좌 중 ${shown}개 표시`,
    showMore: '더 보기',
    loadingMore: '불러오는 중…',
  },
  error: {
    title: '강좌 정보를 불러오지 못했습니다',
    body: '잠시 후 다시 시도해 주세요. 문제가 계속되면 아래 문의 번호를 함께 알려 주세요.',
    moreFailed: '강좌를 더 불러오지 못했습니다. 다시 시도해 주세요.',
    correlationId: '문의 번호',
    retry: '다시 시도',
    cityNotFound: (cityId: string) => `이 사이트의 지역 정보(${cityId})를 찾을 수 없습니다.`,
  },
  course: {
    venue: '장소',
    venueOnline: '온라인',
    venueTbd: '장소 미정',
    startsAt: '개강',
    applicationClosesAt: '접수 마감',
    seatsLeft: '남은 자리',
    seatsValue: (left: string, capacity: string) => `${left}석 (정원 ${capacity}명)`,
    totalHours: '총 교육 시간',
    hoursValue: (hours: string) => `${hours}시간`,
    categoryLabel: '분야',
    formatLabel: '운영 방식',
  },
  category: {
    ADULT_LITERACY: '성인문해교육',
    ACADEMIC_SUPPLEMENT: '학력보완교육',
    VOCATIONAL: '직업능력교육',
    CULTURE_ARTS: '문화예술교육',
    HUMANITIES: '인문교양교육',
    CIVIC_PARTICIPATION: '시민참여교육',
  },
  format: {
    OFFLINE: '대면',
    ONLINE: '온라인',
    LIVE: '실시간 화상',
    BLENDED: '혼합(대면+온라인)',
  },
};

export type Messages = typeof ko;

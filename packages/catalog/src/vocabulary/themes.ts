import type { ContentLevel } from '../types.ts';
import type { ThemeId } from './types.ts';

export interface PathThemeWords {
  theme: ThemeId;
  titles: Record<ContentLevel, { ko: string; en: string }>;
}

/** Learning-path titles: one path per theme and level, built from that theme's topics of that level. */
export const pathThemes: readonly PathThemeWords[] = [
  {
    theme: 'AI',
    titles: {
      BEGINNER: {
        ko: 'AI 첫걸음: 생성형 AI와 파이썬 입문',
        en: 'First steps in AI: generative AI and Python',
      },
      INTERMEDIATE: { ko: 'AI 실무 활용과 윤리', en: 'AI at work, and its ethics' },
      ADVANCED: {
        ko: 'AI 심화: 데이터 분석과 머신러닝',
        en: 'AI in depth: data analysis and machine learning',
      },
    },
  },
  {
    theme: 'SPEECH',
    titles: {
      BEGINNER: { ko: '말하기 자신감 키우기', en: 'Building confidence in speaking' },
      INTERMEDIATE: { ko: '스피치와 발표 실력 다지기', en: 'Sharpening speech and presentation skills' },
      ADVANCED: {
        ko: '설득하는 스피커: 프레젠테이션과 토론',
        en: 'The persuasive speaker: presentations and debate',
      },
    },
  },
  {
    theme: 'BOOK_WRITING',
    titles: {
      BEGINNER: { ko: '나의 이야기 쓰기: 에세이와 자서전', en: 'Writing my story: essays and memoirs' },
      INTERMEDIATE: { ko: '나만의 책 한 권 쓰기', en: 'Writing a book of your own' },
      ADVANCED: { ko: '원고에서 출간까지: 독립출판', en: 'From manuscript to print: independent publishing' },
    },
  },
  {
    theme: 'DIGITAL_LITERACY',
    titles: {
      BEGINNER: {
        ko: '디지털 첫걸음: 스마트폰과 키오스크',
        en: 'Digital first steps: smartphones and kiosks',
      },
      INTERMEDIATE: { ko: '안전하고 똑똑한 디지털 생활', en: 'Safe and smart digital living' },
      ADVANCED: { ko: '디지털 시민으로 일하고 참여하기', en: 'Working and taking part as a digital citizen' },
    },
  },
  {
    theme: 'KOREAN_FOR_FOREIGN_RESIDENTS',
    titles: {
      BEGINNER: { ko: '한국 생활 첫걸음: 한국어 초급', en: 'Starting life in Korea: Korean, beginner level' },
      INTERMEDIATE: {
        ko: '일터와 이웃의 한국어: 중급',
        en: 'Korean for work and neighbours: intermediate level',
      },
      ADVANCED: {
        ko: '한국 사회 참여를 위한 한국어: 고급',
        en: 'Korean for full participation: advanced level',
      },
    },
  },
];

export interface CourseSuffixWords {
  ko: string;
  en: string;
  /** Session start hour (KST) implied by the suffix, e.g. evening classes start at 19:00. */
  hour?: number;
  /** Day of the week implied by the suffix (0 = Sunday … 6 = Saturday). */
  weekday?: number;
}

/** Optional suffixes that distinguish several runs of the same topic. */
export const courseSuffixes: readonly CourseSuffixWords[] = [
  { ko: '(2기)', en: '(Cohort 2)' },
  { ko: '(3기)', en: '(Cohort 3)' },
  { ko: '(4기)', en: '(Cohort 4)' },
  { ko: '(야간반)', en: '(Evening)', hour: 19 },
  { ko: '(오전반)', en: '(Morning)', hour: 10 },
  { ko: '(주말반)', en: '(Weekend)', weekday: 6 },
  { ko: '(직장인반)', en: '(For working adults)', hour: 19 },
  { ko: '(어르신반)', en: '(Seniors)', hour: 10 },
  { ko: '(심화반)', en: '(Follow-up class)' },
];

// The titles and descriptions of a content item, in Korean and English (and Chinese and Vietnamese
// for the contents meant for foreign residents), worded by kind and provider.
import type { SeriesSpec } from './series.ts';
import type { ContentKind } from './types.ts';
import type { LessonWords, TopicWords } from './vocabulary/index.ts';
import { isMultilingualTopic } from './vocabulary/index.ts';

export function contentTitles(topic: TopicWords, lesson: LessonWords, n: number, kind: ContentKind) {
  const multilingual = isMultilingualTopic(topic);
  if (kind === 'DOCUMENT') {
    return {
      titleKo: `${topic.titleKo} ${n}강 워크북: ${lesson.ko}`,
      titleEn: `${topic.titleEn}, Lesson ${n} workbook: ${lesson.en}`,
      titleZh: multilingual ? `${topic.titleZh} 第${n}课练习册：${lesson.zh}` : null,
      titleVi: multilingual ? `${topic.titleVi}, Sách bài tập bài ${n}: ${lesson.vi}` : null,
    };
  }
  return {
    titleKo: `${topic.titleKo} ${n}강: ${lesson.ko}`,
    titleEn: `${topic.titleEn}, Lesson ${n}: ${lesson.en}`,
    titleZh: multilingual ? `${topic.titleZh} 第${n}课：${lesson.zh}` : null,
    titleVi: multilingual ? `${topic.titleVi}, Bài ${n}: ${lesson.vi}` : null,
  };
}

export function contentDescriptions(topic: TopicWords, lesson: LessonWords, n: number, spec: SeriesSpec) {
  return { ...koreanAndEnglish(topic, lesson, n, spec), ...chineseAndVietnamese(topic, lesson, n, spec) };
}

/** Chinese and Vietnamese descriptions, for the contents meant for foreign residents only. */
function chineseAndVietnamese(topic: TopicWords, lesson: LessonWords, n: number, spec: SeriesSpec) {
  if (!isMultilingualTopic(topic)) return { descriptionZh: null, descriptionVi: null };
  const total = topic.lessons.length;
  if (spec.kind === 'DOCUMENT') {
    return {
      descriptionZh: `${topic.titleZh} 第${n}课「${lesson.zh}」的复习练习册（PDF）。`,
      descriptionVi: `Sách bài tập (PDF) ôn lại ${topic.titleVi}, bài ${n}: ${lesson.vi}.`,
    };
  }
  return {
    descriptionZh: `${topic.titleZh}，共${total}课，第${n}课「${lesson.zh}」。`,
    descriptionVi: `${topic.titleVi}, bài ${n} trên ${total}: ${lesson.vi}.`,
  };
}

function koreanAndEnglish(topic: TopicWords, lesson: LessonWords, n: number, spec: SeriesSpec) {
  const total = topic.lessons.length;
  switch (spec.kind) {
    case 'DOCUMENT':
      return {
        descriptionKo: `${topic.titleKo} ${n}강 「${lesson.ko}」의 내용을 복습하고 직접 풀어 보는 워크북(PDF)입니다.`,
        descriptionEn: `A PDF workbook for reviewing and practising ${topic.titleEn}, lesson ${n}: ${lesson.en}.`,
      };
    case 'YOUTUBE': {
      const city = spec.city;
      return {
        descriptionKo: `${city?.nameKo ?? ''} 평생학습관이 제작한 ${topic.titleKo} 영상 강의 ${n}강 「${lesson.ko}」입니다. ${topic.descriptionKo}`,
        descriptionEn: `${topic.titleEn}, lesson ${n} of ${total} (${lesson.en}), a video by the ${city?.nameEn ?? ''} lifelong learning centre. ${topic.descriptionEn}`,
      };
    }
    default:
      return {
        descriptionKo: `${topic.titleKo} 전체 ${total}강 중 ${n}강 「${lesson.ko}」 강의입니다. ${topic.descriptionKo}`,
        descriptionEn: `${topic.titleEn}, lesson ${n} of ${total}: ${lesson.en}. ${topic.descriptionEn}`,
      };
  }
}

// What the province admin types into the content form, kept as strings (useFormDraft keeps it over
// errors and reloads), and how it becomes the API's ContentInput and back.
import type { ContentInput, Locale } from '../../generated/graphql';

export { CATEGORIES, KINDS, LANGUAGES, LEVELS } from '../../lib/enums';

import { CATEGORIES, KINDS, LANGUAGES, LEVELS } from '../../lib/enums';

/** The rules of subgraphs/content/src/rules/contentInput.ts, shown as hints. */
export const CONTENT_RULES = {
  title: 200,
  description: 5000,
  provider: 100,
  url: 2000,
  minutes: 1440,
} as const;

export const TRANSLATED = ['Ko', 'En', 'Zh', 'Vi'] as const;
export type Suffix = (typeof TRANSLATED)[number];

export type ContentDraft = {
  titleKo: string;
  titleEn: string;
  titleZh: string;
  titleVi: string;
  descriptionKo: string;
  descriptionEn: string;
  descriptionZh: string;
  descriptionVi: string;
  kind: string;
  provider: string;
  url: string;
  level: string;
  category: string;
  durationMinutes: string;
  /** Comma-separated Locale values, e.g. "KO,EN". */
  languages: string;
  /** '' for province-wide. */
  cityId: string;
};

export const EMPTY_DRAFT: ContentDraft = {
  titleKo: '',
  titleEn: '',
  titleZh: '',
  titleVi: '',
  descriptionKo: '',
  descriptionEn: '',
  descriptionZh: '',
  descriptionVi: '',
  kind: 'VIDEO',
  provider: '',
  url: '',
  level: 'BEGINNER',
  category: 'HUMANITIES',
  durationMinutes: '',
  languages: 'KO',
  cityId: '',
};

const pick = <T extends string>(values: readonly T[], value: string): T =>
  values.find((v) => v === value) ?? (values[0] as T);

/** The chosen languages, in the form's order. */
export function draftLanguages(draft: Pick<ContentDraft, 'languages'>): Locale[] {
  const chosen = draft.languages.split(',');
  return LANGUAGES.filter((code) => chosen.includes(code));
}

/** The languages with `code` turned on or off, as the draft keeps them. */
export function toggleLanguage(languages: string, code: Locale, on: boolean): string {
  const chosen = new Set(draftLanguages({ languages }));
  if (on) chosen.add(code);
  else chosen.delete(code);
  return LANGUAGES.filter((c) => chosen.has(c)).join(',');
}

/** Whole minutes as the API takes them, or null for anything else ("", "1.5", "ten"). */
export function parseMinutes(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The mutation's input, or the field the form must refuse itself (a duration that is no whole
 * number cannot even be sent as an Int). Everything else the API checks.
 */
export function toContentInput(draft: ContentDraft): { input: ContentInput } | { field: string } {
  const minutes = parseMinutes(draft.durationMinutes);
  if (minutes === null) return { field: 'input.durationMinutes' };
  const optional = (value: string) => (value.trim() === '' ? null : value);
  return {
    input: {
      titleKo: draft.titleKo,
      titleEn: optional(draft.titleEn),
      titleZh: optional(draft.titleZh),
      titleVi: optional(draft.titleVi),
      descriptionKo: draft.descriptionKo,
      descriptionEn: optional(draft.descriptionEn),
      descriptionZh: optional(draft.descriptionZh),
      descriptionVi: optional(draft.descriptionVi),
      kind: pick(KINDS, draft.kind),
      provider: draft.provider,
      url: draft.url.trim(),
      level: pick(LEVELS, draft.level),
      category: pick(CATEGORIES, draft.category),
      durationMinutes: minutes,
      languages: draftLanguages(draft),
      cityId: draft.cityId === '' ? null : draft.cityId,
    },
  };
}

/** A stored content as the API answers it for editing: each text asked per locale. */
export interface EditableContent {
  titleKo: string;
  titleEn: string;
  titleZh: string;
  titleVi: string;
  descriptionKo: string;
  descriptionEn: string;
  descriptionZh: string;
  descriptionVi: string;
  kind: string;
  provider: string;
  url: string;
  level: string;
  category: string;
  durationMinutes: number;
  languages: readonly string[];
}

/**
 * The form prefilled from a stored content. A missing translation comes back as the Korean text,
 * so a translation equal to the Korean one counts as none (saving it would store a copy).
 */
export function draftFromContent(content: EditableContent, cityId = ''): ContentDraft {
  const own = (value: string, korean: string) => (value === korean ? '' : value);
  return {
    titleKo: content.titleKo,
    titleEn: own(content.titleEn, content.titleKo),
    titleZh: own(content.titleZh, content.titleKo),
    titleVi: own(content.titleVi, content.titleKo),
    descriptionKo: content.descriptionKo,
    descriptionEn: own(content.descriptionEn, content.descriptionKo),
    descriptionZh: own(content.descriptionZh, content.descriptionKo),
    descriptionVi: own(content.descriptionVi, content.descriptionKo),
    kind: content.kind,
    provider: content.provider,
    url: content.url,
    level: content.level,
    category: content.category,
    durationMinutes: String(content.durationMinutes),
    languages: LANGUAGES.filter((code) => content.languages.includes(code)).join(','),
    cityId,
  };
}

export type UrlProblem = 'https' | 'youtube' | 'length';

/** Why the API would refuse this address (the same rule as the server's checkUrl), if it would. */
export function urlProblem(url: string, kind: string): UrlProblem | null {
  const trimmed = url.trim();
  if (trimmed.length > CONTENT_RULES.url) return 'length';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return 'https';
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname) return 'https';
  const host = parsed.hostname.toLowerCase();
  const youtube = ['youtube.com', 'youtu.be'].some((h) => host === h || host.endsWith(`.${h}`));
  if (kind === 'YOUTUBE' && !youtube) return 'youtube';
  return null;
}

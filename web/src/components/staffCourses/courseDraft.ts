// What city staff type into the course editor, kept as strings (useFormDraft keeps them over errors
// and reloads; lists are JSON), and how that becomes the API's CreateCourseInput / UpdateCourseInput
// and back.
import type {
  CourseFormat,
  CreateCourseInput,
  Eligibility,
  LearningCategory,
  SelectionMethod,
  UpdateCourseInput,
} from '../../generated/graphql';
import { CATEGORIES, FORMATS } from '../../lib/enums';
import { fromKoreaInput, toKoreaInput } from './koreaTime';
import { type SessionDraft, sessionsFromCourse, sessionsToInput, shiftForDuplicate } from './sessionPlan';

export const SELECTIONS: readonly SelectionMethod[] = ['FIRST_COME', 'LOTTERY', 'APPROVAL'];
export const ELIGIBILITIES: readonly Eligibility[] = ['CITY_RESIDENTS', 'PROVINCE_RESIDENTS', 'ANYONE'];

/** The rules of subgraphs/courses/src/rules/courseInput.ts, shown as hints. */
export const COURSE_RULES = {
  title: 200,
  description: 5000,
  capacityMin: 1,
  capacityMax: 10_000,
  ids: 50,
} as const;

export interface LinkedContent {
  id: string;
  title: string;
}

export type CourseDraft = {
  titleKo: string;
  titleEn: string;
  descriptionKo: string;
  descriptionEn: string;
  category: string;
  format: string;
  venueId: string;
  capacity: string;
  selection: string;
  eligibility: string;
  /** datetime-local values, Korea time. */
  opensAt: string;
  closesAt: string;
  /** Percent, e.g. "80". */
  minAttendance: string;
  /** JSON LinkedContent[]. */
  contents: string;
  /** JSON string[]. */
  instructorIds: string;
  /** JSON SessionDraft[]. */
  sessions: string;
  /** The times a session added from the calendar gets. */
  defaultStart: string;
  defaultEnd: string;
};

export const EMPTY_COURSE: CourseDraft = {
  titleKo: '',
  titleEn: '',
  descriptionKo: '',
  descriptionEn: '',
  category: 'CULTURE_ARTS',
  format: 'OFFLINE',
  venueId: '',
  capacity: '',
  selection: 'FIRST_COME',
  eligibility: 'CITY_RESIDENTS',
  opensAt: '',
  closesAt: '',
  minAttendance: '80',
  contents: '[]',
  instructorIds: '[]',
  sessions: '[]',
  defaultStart: '19:00',
  defaultEnd: '21:00',
};

const pick = <T extends string>(values: readonly T[], value: string): T =>
  values.find((v) => v === value) ?? (values[0] as T);

function parseList<T>(json: string, valid: (item: unknown) => item is T): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(valid) : [];
  } catch {
    return [];
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function draftSessions(draft: Pick<CourseDraft, 'sessions'>): SessionDraft[] {
  return parseList(
    draft.sessions,
    (v): v is SessionDraft =>
      isObject(v) && typeof v.date === 'string' && typeof v.start === 'string' && typeof v.end === 'string',
  );
}

export function draftContents(draft: Pick<CourseDraft, 'contents'>): LinkedContent[] {
  return parseList(
    draft.contents,
    (v): v is LinkedContent => isObject(v) && typeof v.id === 'string' && typeof v.title === 'string',
  );
}

export function draftInstructors(draft: Pick<CourseDraft, 'instructorIds'>): string[] {
  return parseList(draft.instructorIds, (v): v is string => typeof v === 'string');
}

/** Whether a format takes place at a venue (the API then requires one). */
export function needsVenue(format: string): boolean {
  return format === 'OFFLINE' || format === 'BLENDED';
}

/** A whole number as typed (digits only, possibly signed), or null. */
function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The percent as a 0..1 rate, or null for what is no number. */
function rate(percent: string): number | null {
  const trimmed = percent.trim().replace(',', '.');
  if (!/^-?\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed) * 100) / 10_000;
}

type Checked<T> = { input: T } | { field: string };

/**
 * The fields both mutations share, or the field the form must refuse itself: what cannot even be
 * sent (a capacity that is no whole number, a date that is no date). Everything else the API checks.
 */
function commonInput(draft: CourseDraft): Checked<Omit<CreateCourseInput, 'cityId' | 'format'>> {
  const capacity = wholeNumber(draft.capacity);
  if (capacity === null) return { field: 'input.capacity' };
  const applicationOpensAt = fromKoreaInput(draft.opensAt);
  if (!applicationOpensAt) return { field: 'input.applicationOpensAt' };
  const applicationClosesAt = fromKoreaInput(draft.closesAt);
  if (!applicationClosesAt) return { field: 'input.applicationClosesAt' };
  const minAttendanceRate = rate(draft.minAttendance);
  if (minAttendanceRate === null) return { field: 'input.minAttendanceRate' };
  const planned = sessionsToInput(draftSessions(draft));
  if ('invalid' in planned) return { field: `input.sessions[${planned.invalid}]` };
  return {
    input: {
      titleKo: draft.titleKo,
      titleEn: draft.titleEn,
      descriptionKo: draft.descriptionKo,
      descriptionEn: draft.descriptionEn,
      category: pick<LearningCategory>(CATEGORIES, draft.category),
      venueId: needsVenue(draft.format) ? draft.venueId || null : null,
      capacity,
      selection: pick(SELECTIONS, draft.selection),
      eligibility: pick(ELIGIBILITIES, draft.eligibility),
      applicationOpensAt,
      applicationClosesAt,
      sessions: planned.sessions,
      minAttendanceRate,
      contentIds: draftContents(draft).map((c) => c.id),
      instructorIds: draftInstructors(draft),
    },
  };
}

export function toCreateInput(draft: CourseDraft, cityId: string): Checked<CreateCourseInput> {
  const checked = commonInput(draft);
  if ('field' in checked) return checked;
  return { input: { ...checked.input, cityId, format: pick<CourseFormat>(FORMATS, draft.format) } };
}

/** Every field is sent: empty English texts clear them, the lists replace the stored ones. */
export function toUpdateInput(draft: CourseDraft): Checked<UpdateCourseInput> {
  const checked = commonInput(draft);
  if ('field' in checked) return checked;
  const { venueId, ...rest } = checked.input;
  // A venue left out stays; an online course has none to send.
  return { input: venueId ? { ...rest, venueId } : rest };
}

/** A stored course as the editor asks for it: each text per locale. */
export interface EditableCourse {
  titleKo: string;
  titleEn: string;
  descriptionKo: string;
  descriptionEn: string;
  category: string;
  format: string;
  venue: { id: string } | null;
  capacity: number;
  selection: string;
  eligibility: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  minAttendanceRate: number;
  sessions: readonly { startsAt: string; endsAt: string }[];
  contents: readonly LinkedContent[] | null;
  contentIds: readonly string[];
  instructorIds: readonly string[];
}

const percent = (rate: number) => String(Math.round(rate * 10_000) / 100);

/**
 * The editor prefilled from a stored course. A missing English text comes back as the Korean one,
 * so an English text equal to the Korean counts as none. Duplicating (`duplicateAt` = now) moves
 * the sessions and the window to the next term (shiftForDuplicate); the title stays.
 */
export function draftFromCourse(course: EditableCourse, duplicateAt?: Date): CourseDraft {
  const own = (value: string, korean: string) => (value === korean ? '' : value);
  let sessions = sessionsFromCourse(course.sessions);
  let opensAt = course.applicationOpensAt;
  let closesAt = course.applicationClosesAt;
  if (duplicateAt) {
    const next = shiftForDuplicate(sessions, { opensAt, closesAt }, duplicateAt);
    sessions = next.sessions;
    opensAt = next.opensAt;
    closesAt = next.closesAt;
  }
  const titles = new Map((course.contents ?? []).map((c) => [c.id, c.title]));
  const first = sessions[0];
  return {
    titleKo: course.titleKo,
    titleEn: own(course.titleEn, course.titleKo),
    descriptionKo: course.descriptionKo,
    descriptionEn: own(course.descriptionEn, course.descriptionKo),
    category: course.category,
    format: course.format,
    venueId: course.venue?.id ?? '',
    capacity: String(course.capacity),
    selection: course.selection,
    eligibility: course.eligibility,
    opensAt: toKoreaInput(opensAt),
    closesAt: toKoreaInput(closesAt),
    minAttendance: percent(course.minAttendanceRate),
    contents: JSON.stringify(course.contentIds.map((id) => ({ id, title: titles.get(id) ?? id }))),
    instructorIds: JSON.stringify(course.instructorIds),
    sessions: JSON.stringify(sessions),
    defaultStart: first?.start ?? EMPTY_COURSE.defaultStart,
    defaultEnd: first?.end ?? EMPTY_COURSE.defaultEnd,
  };
}

/** The draft's instructors once one is checked or unchecked, in the order they were chosen. */
export function toggleInstructor(ids: readonly string[], id: string, checked: boolean): string[] {
  if (!checked) return ids.filter((i) => i !== id);
  return ids.includes(id) ? [...ids] : [...ids, id];
}

/**
 * The draft's instructor ids the city's instructor list does not hold, e.g. copied from an old
 * course whose instructor has since lost the role.
 */
export function unlistedInstructors(ids: readonly string[], listed: readonly { id: string }[]): string[] {
  const known = new Set(listed.map((l) => l.id));
  return ids.filter((id) => !known.has(id));
}

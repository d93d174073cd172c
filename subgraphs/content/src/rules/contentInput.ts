// What a content of the shared library must look like before it is stored. Each problem names its
// input field ("input.url"), as courses' createCourse does.
import { findCity, province } from '@baeumteo/contracts';
import { badInput } from '@baeumteo/server';
import type { ContentRow } from '../db/schema.ts';

export interface ContentInput {
  titleKo: string;
  titleEn?: string | null;
  titleZh?: string | null;
  titleVi?: string | null;
  descriptionKo: string;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  descriptionVi?: string | null;
  kind: ContentRow['kind'];
  provider: string;
  url: string;
  level: ContentRow['level'];
  category: ContentRow['category'];
  durationMinutes: number;
  languages: ContentRow['languages'];
  cityId?: string | null;
}

/** The stored fields of a checked content. */
export type CheckedContent = Pick<
  ContentRow,
  | 'titleKo'
  | 'titleEn'
  | 'titleZh'
  | 'titleVi'
  | 'descriptionKo'
  | 'descriptionEn'
  | 'descriptionZh'
  | 'descriptionVi'
  | 'kind'
  | 'provider'
  | 'url'
  | 'level'
  | 'category'
  | 'durationMinutes'
  | 'languages'
  | 'cityId'
>;

export const limits = { title: 200, description: 5000, provider: 100, url: 2000, minutes: 1440 };

const youtubeHosts = ['youtube.com', 'youtu.be'];

/** Trimmed text of at most `max` characters; null for an empty optional one. */
function text(value: string | null | undefined, field: string, max: number, required: boolean) {
  const trimmed = value?.normalize('NFC').trim() ?? '';
  if (required && trimmed === '') throw badInput('This may not be empty.', field);
  if ([...trimmed].length > max) throw badInput(`At most ${max} characters.`, field);
  if (/(?![\n\t])\p{Cc}/u.test(trimmed)) throw badInput('Control characters are not allowed.', field);
  return trimmed === '' ? null : trimmed;
}

/** An https address (of YouTube for a YOUTUBE content), at most 2000 characters. */
export function checkUrl(value: string, kind: ContentRow['kind'], field = 'input.url'): string {
  const trimmed = value.trim();
  if (trimmed.length > limits.url) throw badInput(`At most ${limits.url} characters.`, field);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badInput('Give a full https:// address.', field);
  }
  if (url.protocol !== 'https:' || !url.hostname)
    throw badInput('Only https:// addresses are allowed.', field);
  const host = url.hostname.toLowerCase();
  if (kind === 'YOUTUBE' && !youtubeHosts.some((h) => host === h || host.endsWith(`.${h}`))) {
    throw badInput('A YOUTUBE content needs a youtube.com or youtu.be address.', field);
  }
  return trimmed;
}

/** Checks a whole content; `prefix` is where the fields sit in the mutation ("input"). */
export function checkContent(input: ContentInput, prefix = 'input'): CheckedContent {
  const f = (name: string) => `${prefix}.${name}`;
  const title = (name: 'titleKo' | 'titleEn' | 'titleZh' | 'titleVi', required = false) =>
    text(input[name], f(name), limits.title, required);
  const description = (
    name: 'descriptionKo' | 'descriptionEn' | 'descriptionZh' | 'descriptionVi',
    required = false,
  ) => text(input[name], f(name), limits.description, required);
  const minutes = input.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > limits.minutes) {
    throw badInput(`The duration is 1 to ${limits.minutes} minutes.`, f('durationMinutes'));
  }
  if (input.languages.length === 0) throw badInput('Name at least one language.', f('languages'));
  const cityId = input.cityId ?? null;
  if (cityId !== null && !findCity(cityId)) throw badInput('No city with this id.', f('cityId'));
  return {
    titleKo: title('titleKo', true) as string,
    titleEn: title('titleEn'),
    titleZh: title('titleZh'),
    titleVi: title('titleVi'),
    descriptionKo: description('descriptionKo', true) as string,
    descriptionEn: description('descriptionEn'),
    descriptionZh: description('descriptionZh'),
    descriptionVi: description('descriptionVi'),
    kind: input.kind,
    provider: text(input.provider, f('provider'), limits.provider, true) as string,
    url: checkUrl(input.url, input.kind, f('url')),
    level: input.level,
    category: input.category,
    durationMinutes: minutes,
    languages: [...new Set(input.languages)],
    // The province's own id means what null means: a province-wide content (its rows' tenant is '*').
    cityId: cityId === province.id ? null : cityId,
  };
}

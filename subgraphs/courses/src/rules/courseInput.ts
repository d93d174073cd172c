// What a course must look like before it is stored. Each problem names its input field.
import { badInput, isUuid } from '@baeumteo/server';

export interface SessionInput {
  startsAt: Date;
  endsAt: Date;
}

export interface CourseDraft {
  titleKo: string;
  titleEn?: string | null;
  descriptionKo: string;
  descriptionEn?: string | null;
  format: string;
  venueId?: string | null;
  capacity: number;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  sessions: SessionInput[];
  minAttendanceRate?: number | null;
  contentIds?: string[] | null;
  instructorIds?: string[] | null;
}

export const capacityRange = { min: 1, max: 10_000 };

function text(
  value: string | null | undefined,
  field: string,
  max: number,
  required: boolean,
): string | null {
  const trimmed = value?.normalize('NFC').trim() ?? '';
  if (required && trimmed === '') throw badInput('This may not be empty.', field);
  if ([...trimmed].length > max) throw badInput(`At most ${max} characters.`, field);
  if (/(?![\n\t])\p{Cc}/u.test(trimmed)) throw badInput('Control characters are not allowed.', field);
  return trimmed === '' ? null : trimmed;
}

function ids(values: string[] | null | undefined, field: string): string[] {
  const list = values ?? [];
  if (list.length > 50) throw badInput('At most 50 ids.', field);
  for (const id of list) if (!isUuid(id)) throw badInput(`"${id.slice(0, 40)}" is not an id.`, field);
  return [...new Set(list)];
}

/** Checks a whole course; `prefix` is where the fields sit in the mutation ("input"). */
export function checkCourse(draft: CourseDraft, prefix = 'input') {
  const f = (name: string) => `${prefix}.${name}`;
  if (
    !Number.isInteger(draft.capacity) ||
    draft.capacity < capacityRange.min ||
    draft.capacity > capacityRange.max
  ) {
    throw badInput(
      `The capacity must be between ${capacityRange.min} and ${capacityRange.max}.`,
      f('capacity'),
    );
  }
  if (draft.sessions.length === 0) throw badInput('A course has at least one session.', f('sessions'));
  if (draft.sessions.length > 200) throw badInput('At most 200 sessions.', f('sessions'));
  draft.sessions.forEach((s, i) => {
    if (s.endsAt <= s.startsAt)
      throw badInput('A session must end after it starts.', f(`sessions[${i}].endsAt`));
  });
  const sessions = [...draft.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (draft.applicationClosesAt <= draft.applicationOpensAt) {
    throw badInput('Applications must close after they open.', f('applicationClosesAt'));
  }
  if (draft.applicationClosesAt > (sessions[0] as SessionInput).startsAt) {
    throw badInput('Applications must close before the first session.', f('applicationClosesAt'));
  }
  const minAttendanceRate = draft.minAttendanceRate ?? 0.8;
  if (!(minAttendanceRate >= 0 && minAttendanceRate <= 1)) {
    throw badInput('The minimum attendance rate is between 0 and 1.', f('minAttendanceRate'));
  }
  const needsVenue = draft.format === 'OFFLINE' || draft.format === 'BLENDED';
  if (needsVenue && !draft.venueId) throw badInput(`A ${draft.format} course needs a venue.`, f('venueId'));
  if (draft.venueId && !isUuid(draft.venueId)) throw badInput('No venue has this id.', f('venueId'));
  return {
    titleKo: text(draft.titleKo, f('titleKo'), 200, true) as string,
    titleEn: text(draft.titleEn, f('titleEn'), 200, false),
    descriptionKo: text(draft.descriptionKo, f('descriptionKo'), 5000, true) as string,
    descriptionEn: text(draft.descriptionEn, f('descriptionEn'), 5000, false),
    capacity: draft.capacity,
    applicationOpensAt: draft.applicationOpensAt,
    applicationClosesAt: draft.applicationClosesAt,
    sessions,
    startsAt: (sessions[0] as SessionInput).startsAt,
    endsAt: (sessions.at(-1) as SessionInput).endsAt,
    minAttendanceRate,
    venueId: needsVenue ? (draft.venueId ?? null) : null,
    contentIds: ids(draft.contentIds, f('contentIds')),
    instructorIds: ids(draft.instructorIds, f('instructorIds')),
  };
}

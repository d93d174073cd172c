// A live class as staff type it: times are Korea time whatever the browser's zone (Korea keeps no
// daylight saving time, so +09:00 holds all year), and only what the API cannot be asked about
// (a time that is no time, a capacity that is no number) is refused before asking.

/** What createLiveSession accepts (subgraphs/content/src/rules/live.ts). */
export const LIVE_RULES = { title: 200, minCapacity: 300, maxCapacity: 10_000 } as const;

export interface LiveClassDraft extends Record<string, string> {
  titleKo: string;
  titleEn: string;
  /** `YYYY-MM-DDTHH:mm`, Korea time (a datetime-local control's value). */
  startsAt: string;
  endsAt: string;
  capacity: string;
  room: string;
}

export const EMPTY_LIVE_CLASS: LiveClassDraft = {
  titleKo: '',
  titleEn: '',
  startsAt: '',
  endsAt: '',
  capacity: String(LIVE_RULES.minCapacity),
  room: '',
};

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A Korea-time `YYYY-MM-DDTHH:mm` as an ISO instant; null when it is no such time. */
export function koreaTimeToIso(value: string): string | null {
  const match = LOCAL_TIME.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}+09:00`);
  if (Number.isNaN(date.getTime())) return null;
  // Rejects dates the parser would roll over (31 April, 25 o'clock).
  const back = new Date(date.getTime() + 9 * 3_600_000);
  if (back.getUTCDate() !== Number(day) || back.getUTCHours() !== Number(hour)) return null;
  return date.toISOString();
}

export interface LiveSessionInput {
  hostCityId: string;
  titleKo: string;
  titleEn: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  room: string;
}

/** The API's input, or the field the form refuses itself (named as the API names it). */
export function toLiveSessionInput(
  draft: LiveClassDraft,
  hostCityId: string,
): { input: LiveSessionInput } | { field: string } {
  const startsAt = koreaTimeToIso(draft.startsAt);
  if (!startsAt) return { field: 'startsAt' };
  const endsAt = koreaTimeToIso(draft.endsAt);
  if (!endsAt) return { field: 'endsAt' };
  const capacityText = draft.capacity.trim();
  if (!/^\d{1,6}$/.test(capacityText)) return { field: 'capacity' };
  return {
    input: {
      hostCityId,
      titleKo: draft.titleKo,
      titleEn: draft.titleEn.trim() || null,
      startsAt,
      endsAt,
      capacity: Number(capacityText),
      room: draft.room,
    },
  };
}

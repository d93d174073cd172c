// Korea time (UTC+9, no daylight saving): the calendar the platform's days and years follow.
export const KOREA_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The first instant of the day, in Korea, that holds `at`. */
export function koreaDayStart(at = new Date()): Date {
  const local = at.getTime() + KOREA_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - KOREA_OFFSET_MS);
}

/** The year, in Korea, that holds `at`. */
export const koreaYear = (at: Date) => new Date(at.getTime() + KOREA_OFFSET_MS).getUTCFullYear();

// Course dates are written in Korea time: whole days from today (KST) at an hour of the day.

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Korea Standard Time is UTC+9 all year (no daylight saving time). */
const KST_OFFSET = 9 * HOUR;

/** Day arithmetic in Korea time: day 0 is "today" in KST, day -1 yesterday, and so on. */
export interface KstCalendar {
  at(day: number, hour: number, minute?: number): Date;
  /** The first day >= `day` that falls on `weekday` (0 = Sunday … 6 = Saturday). */
  onOrAfter(day: number, weekday: number): number;
}

export function kstCalendar(now: Date): KstCalendar {
  const todayStart = Math.floor((now.getTime() + KST_OFFSET) / DAY) * DAY - KST_OFFSET;
  const todayWeekday = new Date(todayStart + KST_OFFSET).getUTCDay();
  return {
    at: (day, hour, minute = 0) => new Date(todayStart + day * DAY + hour * HOUR + minute * MINUTE),
    onOrAfter: (day, weekday) => day + ((((weekday - todayWeekday - day) % 7) + 7) % 7),
  };
}

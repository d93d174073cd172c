// Course hours: the sum of the sessions' durations, rounded to a hundredth of an hour. Sessions
// always last (they end after they start), so a course is never worth 0 hours: at least 0.01,
// which is what a completion credits (the learning stream refuses a completion of 0 hours).
export function totalHours(sessions: readonly { startsAt: Date; endsAt: Date }[]): number {
  const ms = sessions.reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0);
  if (ms <= 0) return 0;
  return Math.max(0.01, Math.round((ms / 3_600_000) * 100) / 100);
}

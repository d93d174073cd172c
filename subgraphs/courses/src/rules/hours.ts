// Course hours: the sum of the sessions' durations, rounded to a hundredth of an hour.
export function totalHours(sessions: readonly { startsAt: Date; endsAt: Date }[]): number {
  const ms = sessions.reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0);
  return Math.round((ms / 3_600_000) * 100) / 100;
}

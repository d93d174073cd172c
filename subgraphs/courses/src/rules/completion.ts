// Completion: attended / held sessions against the course's minimum attendance rate; an online
// course with linked contents instead needs every one of them finished.
export function attendanceRate(attended: number, held: number): number | null {
  return held === 0 ? null : attended / held;
}

export function judge(
  attended: number,
  held: number,
  minAttendanceRate: number,
): 'COMPLETED' | 'NOT_COMPLETED' {
  const rate = attendanceRate(attended, held) ?? 0;
  return rate + 1e-9 >= minAttendanceRate ? 'COMPLETED' : 'NOT_COMPLETED';
}

export function judgeOnline(finished: number, required: number): 'COMPLETED' | 'NOT_COMPLETED' {
  return required > 0 && finished >= required ? 'COMPLETED' : 'NOT_COMPLETED';
}

/** A course is finished, and its learners judged, from one of these statuses. */
export const finishableStatuses = ['OPEN', 'CLOSED', 'IN_PROGRESS'] as const;

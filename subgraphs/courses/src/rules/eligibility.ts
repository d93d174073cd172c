// Who may apply to a course, by residence at application time (DESIGN.md).
export type Eligibility = 'CITY_RESIDENTS' | 'PROVINCE_RESIDENTS' | 'ANYONE';

export function isEligible(
  eligibility: Eligibility,
  courseCityId: string,
  residenceCityId: string | null,
): boolean {
  if (eligibility === 'ANYONE') return true;
  if (eligibility === 'PROVINCE_RESIDENTS') return residenceCityId !== null;
  return residenceCityId === courseCityId;
}

export function isOpenForApplication(
  course: { status: string; applicationOpensAt: Date; applicationClosesAt: Date },
  now: Date,
): boolean {
  return course.status === 'OPEN' && course.applicationOpensAt <= now && now < course.applicationClosesAt;
}

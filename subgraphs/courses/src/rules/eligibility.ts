// Who may apply to a course, by residence at application time (DESIGN.md).
import type { Eligibility } from '../generated/graphql.ts';

export function isEligible(
  eligibility: Eligibility,
  courseCityId: string,
  residenceCityId: string | null,
): boolean {
  if (eligibility === 'ANYONE') return true;
  if (eligibility === 'PROVINCE_RESIDENTS') return residenceCityId !== null;
  return residenceCityId === courseCityId;
}

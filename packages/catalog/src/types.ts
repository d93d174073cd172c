// The shapes of the demo catalog: what generateCatalog returns and the seed scripts write.
import type { LearningCategory, Locale } from '@baeumteo/contracts';

export type CourseFormat = 'OFFLINE' | 'ONLINE' | 'LIVE' | 'BLENDED';
export type SelectionMethod = 'FIRST_COME' | 'LOTTERY' | 'APPROVAL';
export type Eligibility = 'CITY_RESIDENTS' | 'PROVINCE_RESIDENTS' | 'ANYONE';
export type CourseStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'IN_PROGRESS' | 'FINISHED' | 'CANCELLED';
export type VenueKind =
  | 'LEARNING_CENTER'
  | 'NEIGHBORHOOD_CENTER'
  | 'LIBRARY'
  | 'SCHOOL'
  | 'PARTNER'
  | 'ONLINE';
export type ContentKind = 'VIDEO' | 'MOOC' | 'YOUTUBE' | 'DOCUMENT';
export type ContentLevel = 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
export interface VenueSeed {
  id: string;
  cityId: string;
  name: string;
  kind: VenueKind;
  address: string;
  dong: string | null;
}
export interface SessionSeed {
  id: string;
  startsAt: Date;
  endsAt: Date;
}
export interface CourseSeed {
  id: string;
  cityId: string;
  titleKo: string;
  titleEn: string;
  descriptionKo: string;
  descriptionEn: string;
  category: LearningCategory;
  format: CourseFormat;
  venueId: string | null;
  capacity: number;
  selection: SelectionMethod;
  eligibility: Eligibility;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  status: CourseStatus;
  minAttendanceRate: number;
  sessions: SessionSeed[];
  contentIds: string[];
}
export interface ContentSeed {
  id: string;
  titleKo: string;
  titleEn: string;
  titleZh: string | null;
  titleVi: string | null;
  descriptionKo: string;
  descriptionEn: string;
  /** For contents meant for foreign residents (Korean language and life in Korea). */
  descriptionZh: string | null;
  descriptionVi: string | null;
  kind: ContentKind;
  provider: string;
  cityId: string | null;
  durationMinutes: number;
  level: ContentLevel;
  category: LearningCategory;
  languages: Locale[];
  url: string;
}
export interface LearningPathSeed {
  id: string;
  titleKo: string;
  titleEn: string;
  level: ContentLevel;
  contentIds: string[];
}
export interface Catalog {
  venues: VenueSeed[];
  courses: CourseSeed[];
  contents: ContentSeed[];
  learningPaths: LearningPathSeed[];
}

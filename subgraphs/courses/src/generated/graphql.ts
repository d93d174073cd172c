import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccessLogRow, CourseRow, ClassSessionRow, CourseMessageRow, EnrollmentRow, VenueRow } from '../db/schema.ts';
import type { CityRef, LearnerRef } from '../resolvers/parents.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** RFC 3339 with offset, e.g. 2026-03-02T10:00:00+09:00 */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: string; output: string; }
};

/** Who read or changed a person's data, when and from where (PIPA). */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** What was done, e.g. READ_EMAIL, SIGN_UP, MOVE_RESIDENCE, GRANT_ROLE, EXPORT, READ_TRANSCRIPT, DOWNLOAD_CERTIFICATE. */
  action: Scalars['String']['output'];
  /** Who did it: the learner themself, staff or an admin (null for the system). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The actor's role when it was not the learner themself. */
  actorRole?: Maybe<Role>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The client address it came from. */
  ip?: Maybe<Scalars['String']['output']>;
};

/** One learner's presence at a session. */
export type AttendanceInput = {
  /** An enrolled learner of the session's course. */
  learnerId: Scalars['ID']['input'];
  /** Whether they attended. */
  present: Scalars['Boolean']['input'];
};

/** Whom a cached answer may be given to (only @cacheControl uses it: not part of the public API). */
export type CacheControlScope =
  /** Only the caller it was made for */
  | 'PRIVATE'
  /** Any caller */
  | 'PUBLIC';

/** A tenant, seen from academic management: its courses and venues. */
export type City = {
  __typename?: 'City';
  /** The courses this city offers, soonest first. `first`: default 20, at most 100. */
  courses?: Maybe<CourseConnection>;
  /** Slug, e.g. "siheung". */
  id: Scalars['ID']['output'];
  /** The city's learning venues. */
  venues?: Maybe<Array<Venue>>;
};


/** A tenant, seen from academic management: its courses and venues. */
export type CityCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One meeting of a course. */
export type ClassSession = {
  __typename?: 'ClassSession';
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** How this session is held (a BLENDED course mixes OFFLINE and ONLINE sessions). */
  format: CourseFormat;
  /** Session id. */
  id: Scalars['ID']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
};

/** A class session of a new course. */
export type ClassSessionInput = {
  /** When it ends; after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
};

/** A course offered by a city: from application to completion. */
export type Course = {
  __typename?: 'Course';
  /** ...until this moment (exclusive). */
  applicationClosesAt: Scalars['DateTime']['output'];
  /** Applications are accepted from this moment... */
  applicationOpensAt: Scalars['DateTime']['output'];
  /** How many learners can be enrolled. */
  capacity: Scalars['Int']['output'];
  /** Which of the six areas of lifelong education it belongs to. */
  category: LearningCategory;
  /** The offering tenant. */
  city: City;
  /** Ids of the online contents the course uses (resolved to contents by the content service). */
  contentIds: Array<Scalars['ID']['output']>;
  /** The description in the given locale; Korean when not given or not translated. */
  description: Scalars['String']['output'];
  /** Who may apply. */
  eligibility: Eligibility;
  /** End of the last session. */
  endsAt: Scalars['DateTime']['output'];
  /** Applicants and enrolled learners: for staff of the course's city, its instructors and province admins. */
  enrollments: EnrollmentConnection;
  /** How it is taught. */
  format: CourseFormat;
  /** Course id. */
  id: Scalars['ID']['output'];
  /** Learners who teach the course and take its attendance (they must hold INSTRUCTOR in the course's city). */
  instructorIds: Array<Scalars['ID']['output']>;
  /** The seed of the lottery draw, once drawn: anyone can re-check the draw with it. */
  lotterySeed?: Maybe<Scalars['String']['output']>;
  /** Completion rule: the attendance rate (0..1) needed to complete; 0.8 unless set. */
  minAttendanceRate: Scalars['Float']['output'];
  /** The signed-in learner's enrollment, if any (the active one, else the latest). */
  myEnrollment?: Maybe<Enrollment>;
  /** capacity - seatsTaken, never below 0. */
  seatsLeft: Scalars['Int']['output'];
  /** ENROLLED (and later COMPLETED / NOT_COMPLETED) learners. */
  seatsTaken: Scalars['Int']['output'];
  /** How applicants become enrolled. */
  selection: SelectionMethod;
  /** The class sessions, in time order. */
  sessions: Array<ClassSession>;
  /** The messages its staff sent to its applicants, newest first (staff of the course's city and province admins). */
  staffMessages: Array<CourseMessage>;
  /** Start of the first session. */
  startsAt: Scalars['DateTime']['output'];
  /** Where the course is in its lifecycle. */
  status: CourseStatus;
  /** The title in the given locale; Korean when not given or not translated. */
  title: Scalars['String']['output'];
  /** Sum of the sessions' durations, in hours. */
  totalHours: Scalars['Float']['output'];
  /** Where it takes place; set for OFFLINE and BLENDED. */
  venue?: Maybe<Venue>;
  /** Learners waiting for a seat. */
  waitlistCount: Scalars['Int']['output'];
};


/** A course offered by a city: from application to completion. */
export type CourseDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


/** A course offered by a city: from application to completion. */
export type CourseEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrollmentStatus>;
};


/** A course offered by a city: from application to completion. */
export type CourseTitleArgs = {
  locale?: InputMaybe<Locale>;
};

/** A page of courses. */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  /** The courses of this page. */
  edges: Array<CourseEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many courses match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A course in a page. */
export type CourseEdge = {
  __typename?: 'CourseEdge';
  /** Pass as `after` to continue after this course. */
  cursor: Scalars['String']['output'];
  /** The course. */
  node: Course;
};

/** Filters for course lists; all given filters must match. weekdays and timeOfDay together match a course one of whose sessions starts on one of the weekdays at that time of day. */
export type CourseFilter = {
  /** Only this category. */
  category?: InputMaybe<LearningCategory>;
  /** Only this city's courses. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses at a venue in this dong (exact name, e.g. "정왕동"), at most 50 characters. */
  dong?: InputMaybe<Scalars['String']['input']>;
  /** Only this format. */
  format?: InputMaybe<CourseFormat>;
  /** true: only courses accepting applications now; false: only those that are not. */
  openForApplication?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches Korean and English titles, substring-wise, ignoring case (at most 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<CourseStatus>;
  /** Only courses with a session starting at this time of day (Korea time). */
  timeOfDay?: InputMaybe<TimeOfDay>;
  /** Only courses at this venue. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses with a session starting on one of these weekdays (Korea time); empty = any. */
  weekdays?: InputMaybe<Array<Weekday>>;
};

/** How a course or one of its sessions is taught. */
export type CourseFormat =
  /** Partly in a classroom, partly online */
  | 'BLENDED'
  /** Real-time video class */
  | 'LIVE'
  /** In a classroom at a venue */
  | 'OFFLINE'
  /** Self-paced online contents */
  | 'ONLINE';

/** A message a course's staff sent to its applicants (sendCourseNotice). */
export type CourseMessage = {
  __typename?: 'CourseMessage';
  id: Scalars['ID']['output'];
  /** As written and sent. */
  message: Scalars['String']['output'];
  /** Learners it was sent to: those with an application waiting for or holding a place then. */
  recipients: Scalars['Int']['output'];
  sentAt: Scalars['DateTime']['output'];
};

/** Lifecycle: DRAFT → OPEN → CLOSED → IN_PROGRESS → FINISHED, or CANCELLED before FINISHED. */
export type CourseStatus =
  /** Cancelled by the city */
  | 'CANCELLED'
  /** Applications closed; not started yet */
  | 'CLOSED'
  /** Being prepared by city staff; not visible to applicants yet */
  | 'DRAFT'
  /** Finished and judged */
  | 'FINISHED'
  /** Sessions under way */
  | 'IN_PROGRESS'
  /** Published; applications accepted within the application window */
  | 'OPEN';

/** A new course, created as DRAFT by staff of its city. */
export type CreateCourseInput = {
  /** ...and close (before the first session starts). */
  applicationClosesAt: Scalars['DateTime']['input'];
  /** Applications open... */
  applicationOpensAt: Scalars['DateTime']['input'];
  /** 1..10000 */
  capacity: Scalars['Int']['input'];
  /** Which of the six areas it belongs to. */
  category: LearningCategory;
  /** The offering city; the caller must be its staff. */
  cityId: Scalars['ID']['input'];
  /** Contents of the shared library the course uses. */
  contentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** English description. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Korean description, at most 5,000 characters. */
  descriptionKo: Scalars['String']['input'];
  /** Who may apply. */
  eligibility: Eligibility;
  /** How it is taught. */
  format: CourseFormat;
  /** Learners holding INSTRUCTOR in this city. */
  instructorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 0..1, 0.8 unless given. */
  minAttendanceRate?: InputMaybe<Scalars['Float']['input']>;
  /** How applicants become enrolled. */
  selection: SelectionMethod;
  /** At least one; startsAt, endsAt and totalHours derive from them. */
  sessions: Array<ClassSessionInput>;
  /** English title. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** Korean title, 1 to 200 characters. */
  titleKo: Scalars['String']['input'];
  /** A venue of the city; required for OFFLINE and BLENDED. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new venue of a city. */
export type CreateVenueInput = {
  /** Street address. */
  address: Scalars['String']['input'];
  /** The city; the caller must be its staff. */
  cityId: Scalars['ID']['input'];
  /** The dong, eup or myeon it serves. */
  dong?: InputMaybe<Scalars['String']['input']>;
  /** What kind of place. */
  kind: VenueKind;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** Who may apply. */
export type Eligibility =
  /** Any account */
  | 'ANYONE'
  /** Residents of the course's city at application time */
  | 'CITY_RESIDENTS'
  /** Residents of any of the 31 cities and counties */
  | 'PROVINCE_RESIDENTS';

/** A learner's application to a course and where it stands. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** When the learner applied. */
  appliedAt: Scalars['DateTime']['output'];
  /** Attended sessions / sessions held so far; null before the first session. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** The course. */
  course: Course;
  /** Enrollment id. */
  id: Scalars['ID']['output'];
  /** The learner. */
  learner: Learner;
  /** Where the application stands. */
  status: EnrollmentStatus;
  /** 1-based, only while WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** A page of enrollments. */
export type EnrollmentConnection = {
  __typename?: 'EnrollmentConnection';
  /** The enrollments of this page, in application order. */
  edges: Array<EnrollmentEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many enrollments match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An enrollment in a page. */
export type EnrollmentEdge = {
  __typename?: 'EnrollmentEdge';
  /** Pass as `after` to continue after this enrollment. */
  cursor: Scalars['String']['output'];
  /** The enrollment. */
  node: Enrollment;
};

/** Where an application stands. */
export type EnrollmentStatus =
  /** Cancelled by the learner, or with the course */
  | 'CANCELLED'
  /** Completed the course */
  | 'COMPLETED'
  /** Has a seat */
  | 'ENROLLED'
  /** Did not meet the completion rule */
  | 'NOT_COMPLETED'
  /** Waiting for the lottery draw or for staff approval */
  | 'PENDING'
  /** Not approved */
  | 'REJECTED'
  /** Waiting for a seat, at waitlistPosition */
  | 'WAITLISTED';

/** A learner, seen from academic management. */
export type Learner = {
  __typename?: 'Learner';
  /** Cities whose courses the learner applied to; used by the learners service to decide who sees the email. */
  appliedCityIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Who else read or decided on the learner's applications: staff and instructors listing applicants, approving, drawing, taking attendance, finishing a course, messaging its applicants (the learner and province admins only). */
  coursesAccessLog?: Maybe<Array<AccessLogEntry>>;
  /** The learner's enrollments, newest first (only for the learner and province admins). */
  enrollments?: Maybe<Array<Enrollment>>;
  /** Learner id. */
  id: Scalars['ID']['output'];
};


/** A learner, seen from academic management. */
export type LearnerEnrollmentsArgs = {
  status?: InputMaybe<EnrollmentStatus>;
};

/** The six areas of lifelong education in Korean law. */
export type LearningCategory =
  /** 학력보완교육 */
  | 'ACADEMIC_SUPPLEMENT'
  /** 성인문해교육 */
  | 'ADULT_LITERACY'
  /** 시민참여교육 */
  | 'CIVIC_PARTICIPATION'
  /** 문화예술교육 */
  | 'CULTURE_ARTS'
  /** 인문교양교육 */
  | 'HUMANITIES'
  /** 직업능력향상교육 */
  | 'VOCATIONAL';

/** Locales the sites are offered in. More may be added. */
export type Locale =
  /** English */
  | 'EN'
  /** Korean */
  | 'KO'
  /** Vietnamese */
  | 'VI'
  /** Chinese (simplified) */
  | 'ZH';

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies the signed-in learner; applying again returns the existing enrollment. The same idempotencyKey returns the same result. */
  applyToCourse: Enrollment;
  /** Cancels a course that is not finished; its applications are cancelled. Of simultaneous calls exactly one cancels; the others answer CONFLICT. */
  cancelCourse: Course;
  /** Cancels an application (by the learner or staff of the city); a freed seat goes to the first waitlisted learner. */
  cancelEnrollment: Enrollment;
  /** CITY_STAFF of input.cityId; the course starts as DRAFT. The same idempotencyKey (1 to 100 characters) from the same caller returns the course it created instead of a second one. */
  createCourse: Course;
  /** CITY_STAFF of input.cityId. The same idempotencyKey (1 to 100 characters) from the same caller returns the venue it created instead of a second one. */
  createVenue: Venue;
  /** APPROVAL courses: staff approve (up to capacity) or reject a pending applicant, once: of simultaneous decisions exactly one counts; the others answer CONFLICT. */
  decideEnrollment: Enrollment;
  /** LOTTERY courses, after applications close: a uniformly random draw with a recorded seed, once: of simultaneous calls exactly one draws; the others answer CONFLICT. */
  drawLottery: Course;
  /** Judges every enrolled learner by the completion rule and finishes the course, once: of simultaneous calls exactly one finishes; the others answer CONFLICT. */
  finishCourse: Course;
  /** DRAFT -> OPEN. Of simultaneous calls exactly one publishes; the others answer CONFLICT. */
  publishCourse: Course;
  /** CITY_STAFF of the course's city or one of its instructors. */
  recordAttendance: Enrollment;
  /** A whole session's attendance sheet in one call: all entries or none. */
  recordSessionAttendance: Array<Enrollment>;
  /** Changes a published (OPEN, CLOSED or IN_PROGRESS) course's time or place (CITY_STAFF of its city): every learner with an active application (ENROLLED, WAITLISTED, PENDING) is told what changed. A DRAFT course is edited with updateCourse; a CANCELLED or FINISHED one answers CONFLICT. */
  rescheduleCourse: Course;
  /** Sends a message (1 to 1,000 characters, as written) to every learner with an application to the course that waits for or holds a place (ENROLLED, WAITLISTED, PENDING), by the channels each chose and in their notification centres (CITY_STAFF of its city, PROVINCE_ADMIN; published courses only, else CONFLICT). At most 3 per course in 24 hours (RATE_LIMITED; the gateway also limits each staff account); every recipient is recorded in the access log. */
  sendCourseNotice: CourseMessage;
  /** Edits a DRAFT course (CITY_STAFF of its city). */
  updateCourse: Course;
  /** Edits a venue (CITY_STAFF of its city, PROVINCE_ADMIN); fields left out stay as they are, an empty dong removes it. Courses at the venue show the change; when its name or address changes, learners with an active application to its upcoming courses are told. */
  updateVenue: Venue;
};


export type MutationApplyToCourseArgs = {
  courseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelEnrollmentArgs = {
  enrollmentId: Scalars['ID']['input'];
};


export type MutationCreateCourseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCourseInput;
};


export type MutationCreateVenueArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateVenueInput;
};


export type MutationDecideEnrollmentArgs = {
  approve: Scalars['Boolean']['input'];
  enrollmentId: Scalars['ID']['input'];
};


export type MutationDrawLotteryArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationFinishCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAttendanceArgs = {
  learnerId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordSessionAttendanceArgs = {
  entries: Array<AttendanceInput>;
  sessionId: Scalars['ID']['input'];
};


export type MutationRescheduleCourseArgs = {
  id: Scalars['ID']['input'];
  input: RescheduleCourseInput;
};


export type MutationSendCourseNoticeArgs = {
  courseId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
};


export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVenueInput;
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One course by id; null when there is none. */
  course?: Maybe<Course>;
  /** Courses of every city, soonest first. `first`: default 20, at most 100 (larger values are clamped). */
  courses: CourseConnection;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new time or place for a published course; give sessions, venueId or both. */
export type RescheduleCourseInput = {
  /** Replaces the sessions that have not started yet (those held stay); at least one, each starting in the future and after applications close. */
  sessions?: InputMaybe<Array<ClassSessionInput>>;
  /** A venue of the course's city (OFFLINE and BLENDED courses). */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Roles, as access log entries name them. */
export type Role =
  | 'ANALYST'
  | 'CITY_STAFF'
  | 'INSTRUCTOR'
  | 'PROVINCE_ADMIN'
  | 'RESIDENT';

/** How applicants become enrolled. */
export type SelectionMethod =
  /** City staff approve each applicant. */
  | 'APPROVAL'
  /** The first applicants up to capacity are enrolled at once; the rest wait in order. */
  | 'FIRST_COME'
  /** A reproducible random draw after applications close. */
  | 'LOTTERY';

/** When a class session starts, in Korea time: MORNING before 12:00, AFTERNOON 12:00-17:59, EVENING from 18:00. */
export type TimeOfDay =
  /** 12:00 to 17:59 */
  | 'AFTERNOON'
  /** From 18:00 */
  | 'EVENING'
  /** Before 12:00 */
  | 'MORNING';

/** Changes to a DRAFT course; fields left out stay as they are. */
export type UpdateCourseInput = {
  /** Applications close. */
  applicationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Applications open. */
  applicationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 1..10000 */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Category. */
  category?: InputMaybe<LearningCategory>;
  /** Replaces the linked contents. */
  contentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** English description. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Korean description. */
  descriptionKo?: InputMaybe<Scalars['String']['input']>;
  /** Eligibility. */
  eligibility?: InputMaybe<Eligibility>;
  /** Replaces the instructors. */
  instructorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 0..1 */
  minAttendanceRate?: InputMaybe<Scalars['Float']['input']>;
  /** Selection method. */
  selection?: InputMaybe<SelectionMethod>;
  /** Replaces all sessions. */
  sessions?: InputMaybe<Array<ClassSessionInput>>;
  /** English title. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** Korean title. */
  titleKo?: InputMaybe<Scalars['String']['input']>;
  /** Venue of the city. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a venue; fields left out stay as they are. */
export type UpdateVenueInput = {
  /** Street address, 1 to 300 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The dong, eup or myeon it serves (at most 50 characters); empty for none. */
  dong?: InputMaybe<Scalars['String']['input']>;
  /** What kind of place. */
  kind?: InputMaybe<VenueKind>;
  /** 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A place where a city holds courses. */
export type Venue = {
  __typename?: 'Venue';
  /** Street address. */
  address: Scalars['String']['output'];
  /** The city it belongs to. */
  city: City;
  /** The dong (or eup/myeon) it serves, for neighbourhood centers. */
  dong?: Maybe<Scalars['String']['output']>;
  /** Venue id. */
  id: Scalars['ID']['output'];
  /** What kind of place it is. */
  kind: VenueKind;
  /** The venue's name, e.g. "수원시평생학습관". */
  name: Scalars['String']['output'];
};

/** What kind of place a venue is. */
export type VenueKind =
  /** A city lifelong learning center (평생학습관) */
  | 'LEARNING_CENTER'
  /** A public library */
  | 'LIBRARY'
  /** A neighbourhood learning center, usually in a dong community center */
  | 'NEIGHBORHOOD_CENTER'
  /** Online */
  | 'ONLINE'
  /** A partner organisation's premises */
  | 'PARTNER'
  /** A school */
  | 'SCHOOL';

/** Day of the week, in Korea time. */
export type Weekday =
  /** Friday */
  | 'FRI'
  /** Monday */
  | 'MON'
  /** Saturday */
  | 'SAT'
  /** Sunday */
  | 'SUN'
  /** Thursday */
  | 'THU'
  /** Tuesday */
  | 'TUE'
  /** Wednesday */
  | 'WED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: never[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  City: City;
  Course: Course;
  Enrollment: Enrollment;
  Learner: Learner;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  City:
    ( { __typename: 'City' }
    & GraphQLRecursivePick<FederationTypes['City'], {"id":true}> );
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  Enrollment:
    ( { __typename: 'Enrollment' }
    & GraphQLRecursivePick<FederationTypes['Enrollment'], {"id":true}> );
  Learner:
    ( { __typename: 'Learner' }
    & GraphQLRecursivePick<FederationTypes['Learner'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttendanceInput: AttendanceInput;
  CacheControlScope: CacheControlScope;
  City: ResolverTypeWrapper<CityRef>;
  ClassSession: ResolverTypeWrapper<ClassSessionRow>;
  ClassSessionInput: ClassSessionInput;
  Course: ResolverTypeWrapper<CourseRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'edges'> & { edges: Array<ResolversTypes['CourseEdge']> }>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  CourseFilter: CourseFilter;
  CourseFormat: CourseFormat;
  CourseMessage: ResolverTypeWrapper<CourseMessageRow>;
  CourseStatus: CourseStatus;
  CreateCourseInput: CreateCourseInput;
  CreateVenueInput: CreateVenueInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Eligibility: Eligibility;
  Enrollment: ResolverTypeWrapper<EnrollmentRow>;
  EnrollmentConnection: ResolverTypeWrapper<Omit<EnrollmentConnection, 'edges'> & { edges: Array<ResolversTypes['EnrollmentEdge']> }>;
  EnrollmentEdge: ResolverTypeWrapper<Omit<EnrollmentEdge, 'node'> & { node: ResolversTypes['Enrollment'] }>;
  EnrollmentStatus: EnrollmentStatus;
  Learner: ResolverTypeWrapper<LearnerRef>;
  LearningCategory: LearningCategory;
  Locale: Locale;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RescheduleCourseInput: RescheduleCourseInput;
  Role: Role;
  SelectionMethod: SelectionMethod;
  TimeOfDay: TimeOfDay;
  UpdateCourseInput: UpdateCourseInput;
  UpdateVenueInput: UpdateVenueInput;
  Venue: ResolverTypeWrapper<VenueRow>;
  VenueKind: VenueKind;
  Weekday: Weekday;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  AttendanceInput: AttendanceInput;
  City: CityRef;
  ClassSession: ClassSessionRow;
  ClassSessionInput: ClassSessionInput;
  Course: CourseRow;
  Float: Scalars['Float']['output'];
  CourseConnection: Omit<CourseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseEdge']> };
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  CourseFilter: CourseFilter;
  CourseMessage: CourseMessageRow;
  CreateCourseInput: CreateCourseInput;
  CreateVenueInput: CreateVenueInput;
  DateTime: Scalars['DateTime']['output'];
  Enrollment: EnrollmentRow;
  EnrollmentConnection: Omit<EnrollmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnrollmentEdge']> };
  EnrollmentEdge: Omit<EnrollmentEdge, 'node'> & { node: ResolversParentTypes['Enrollment'] };
  Learner: LearnerRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RescheduleCourseInput: RescheduleCourseInput;
  UpdateCourseInput: UpdateCourseInput;
  UpdateVenueInput: UpdateVenueInput;
  Venue: VenueRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Context, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City'], FederationReferenceType extends FederationReferenceTypes['City'] = FederationReferenceTypes['City']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['City']> | FederationReferenceType, FederationReferenceType, ContextType>;
  courses?: Resolver<Maybe<ResolversTypes['CourseConnection']>, ParentType, ContextType, Partial<CityCoursesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  venues?: Resolver<Maybe<Array<ResolversTypes['Venue']>>, ParentType, ContextType>;
};

export type ClassSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassSession'] = ResolversParentTypes['ClassSession']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['CourseFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicationClosesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  applicationOpensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['LearningCategory'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  contentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CourseDescriptionArgs>>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enrollments?: Resolver<ResolversTypes['EnrollmentConnection'], ParentType, ContextType, Partial<CourseEnrollmentsArgs>>;
  format?: Resolver<ResolversTypes['CourseFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lotterySeed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minAttendanceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  myEnrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selection?: Resolver<ResolversTypes['SelectionMethod'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['ClassSession']>, ParentType, ContextType>;
  staffMessages?: Resolver<Array<ResolversTypes['CourseMessage']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CourseTitleArgs>>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export type CourseMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseMessage'] = ResolversParentTypes['CourseMessage']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment'], FederationReferenceType extends FederationReferenceTypes['Enrollment'] = FederationReferenceTypes['Enrollment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enrollment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learner?: Resolver<ResolversTypes['Learner'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EnrollmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrollmentConnection'] = ResolversParentTypes['EnrollmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnrollmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrollmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrollmentEdge'] = ResolversParentTypes['EnrollmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType>;
};

export type LearnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Learner'] = ResolversParentTypes['Learner'], FederationReferenceType extends FederationReferenceTypes['Learner'] = FederationReferenceTypes['Learner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Learner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appliedCityIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  coursesAccessLog?: Resolver<Maybe<Array<ResolversTypes['AccessLogEntry']>>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<Array<ResolversTypes['Enrollment']>>, ParentType, ContextType, Partial<LearnerEnrollmentsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyToCourse?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationApplyToCourseArgs, 'courseId'>>;
  cancelCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationCancelCourseArgs, 'id'>>;
  cancelEnrollment?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationCancelEnrollmentArgs, 'enrollmentId'>>;
  createCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationCreateCourseArgs, 'input'>>;
  createVenue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  decideEnrollment?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationDecideEnrollmentArgs, 'approve' | 'enrollmentId'>>;
  drawLottery?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationDrawLotteryArgs, 'courseId'>>;
  finishCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationFinishCourseArgs, 'id'>>;
  publishCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationPublishCourseArgs, 'id'>>;
  recordAttendance?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'learnerId' | 'present' | 'sessionId'>>;
  recordSessionAttendance?: Resolver<Array<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationRecordSessionAttendanceArgs, 'entries' | 'sessionId'>>;
  rescheduleCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationRescheduleCourseArgs, 'id' | 'input'>>;
  sendCourseNotice?: Resolver<ResolversTypes['CourseMessage'], ParentType, ContextType, RequireFields<MutationSendCourseNoticeArgs, 'courseId' | 'message'>>;
  updateCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationUpdateCourseArgs, 'id' | 'input'>>;
  updateVenue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationUpdateVenueArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, Partial<QueryCoursesArgs>>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  dong?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VenueKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  ClassSession?: ClassSessionResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  CourseMessage?: CourseMessageResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Enrollment?: EnrollmentResolvers<ContextType>;
  EnrollmentConnection?: EnrollmentConnectionResolvers<ContextType>;
  EnrollmentEdge?: EnrollmentEdgeResolvers<ContextType>;
  Learner?: LearnerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};

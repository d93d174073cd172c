import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccessLogRow, CertificateRow, LearningRecordRow } from '../db/schema.ts';
import type { EntityRef, TranscriptParent } from '../resolvers/parents.ts';
import type { CategoryStats, CityStats, MonthStats } from '../rules/stats.ts';
import type { ProvinceStatsTable } from '../operations/provinceStats.ts';
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

/** Hours learned in one of the six areas. */
export type CategoryHours = {
  __typename?: 'CategoryHours';
  /** The area. */
  category: LearningCategory;
  /** Hours credited. */
  hours: Scalars['Float']['output'];
};

/** One learning category in the whole province: counts of 1 to 4 are hidden (null), with the rate they would reveal, and hours credited by fewer than 5 records. */
export type CategoryLearningStats = {
  __typename?: 'CategoryLearningStats';
  /** The category. */
  category: LearningCategory;
  /** completions / (completions + not completed); 0 when no course was judged. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Courses of the category completed in the period. */
  completions?: Maybe<Scalars['Int']['output']>;
  /** Learning hours credited in the category (completed courses and finished contents). */
  learningHours?: Maybe<Scalars['Float']['output']>;
  /** Course enrollments of the category judged not completed in the period. */
  notCompleted?: Maybe<Scalars['Int']['output']>;
};

/** A certificate of completion issued by the province's platform. */
export type Certificate = {
  __typename?: 'Certificate';
  /** Which of the six areas of lifelong education it counts for. */
  category: LearningCategory;
  /** The city that offered the course. */
  city: City;
  /** The course, while it exists. */
  course?: Maybe<Course>;
  /** The course title as it was at issue time. */
  courseTitle: Scalars['String']['output'];
  /** The course title in English at issue time, when the course had one. */
  courseTitleEn?: Maybe<Scalars['String']['output']>;
  /** Compact JWS (VC-JWT, Open Badges 3.0 AchievementCredential), EdDSA, verifiable with the JWKS at /.well-known/jwks.json. */
  credential: Scalars['String']['output'];
  /** The holder's name as it was at issue time (the erased name once the holder deleted their account). */
  holderName: Scalars['String']['output'];
  /** Learning hours credited. */
  hours: Scalars['Float']['output'];
  /** Certificate id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** Printed on the certificate and used to verify it, e.g. GG-2026-41390-000123. */
  number: Scalars['String']['output'];
  /** The gateway path of its PDF (Korean with English lines, QR code), for its holder: GET with the holder's bearer token. */
  pdfPath: Scalars['String']['output'];
  /** Why it was revoked: for the holder, the issuing city's staff and province admins (null for anyone else; verification never says why). */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When it was revoked; null while it is valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What shows the whole certificate on public verification: unguessable (80 random bits), carried by the QR code's address. The holder, the issuing city's staff and province admins only (null for anyone else). */
  verificationCode?: Maybe<Scalars['String']['output']>;
  /** Where the public verification page is: the address its QR code holds, with the verification code for those who may read it, else with the number alone. */
  verificationUrl: Scalars['String']['output'];
};

/** The answer to a public verification: never an error, a reason when not valid. A bare number answers only whether it is valid, with a masked name; the whole certificate needs the verification code its QR code carries. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  /** The whole certificate, only with its right verification code (a wrong code answers like a bare number). */
  certificate?: Maybe<Certificate>;
  /** For a valid number, the holder's name masked to its first and last character ("김*늘"); never the full name; null once the holder deleted their account. */
  maskedHolderName?: Maybe<Scalars['String']['output']>;
  /** Why it is not valid: not a number, never issued, or revoked (never why it was revoked). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Whether a certificate with this number was issued and is not revoked. */
  valid: Scalars['Boolean']['output'];
};

/** A tenant, as history refers to it. */
export type City = {
  __typename?: 'City';
  /** Slug, e.g. "siheung". */
  id: Scalars['ID']['output'];
};

/** One city's learning in a period, counted by where learners lived. A value is null when fewer than 5 learners stand behind it (small-cell suppression): a whole city row below 5 active learners, and otherwise counts of 1 to 4 with what would reveal them. */
export type CityLearningStats = {
  __typename?: 'CityLearningStats';
  /** Distinct resident learners with any learning record in the period (moving is not learning). */
  activeLearners?: Maybe<Scalars['Int']['output']>;
  /** The city or county. */
  city: City;
  /** completions / (completions + not completed); 0 when no course was judged. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Courses completed in the period. */
  completions?: Maybe<Scalars['Int']['output']>;
  /** Seats taken (ENROLLED records) in the period. */
  enrollments?: Maybe<Scalars['Int']['output']>;
  /** Learning hours credited (completed courses and finished contents). */
  learningHours?: Maybe<Scalars['Float']['output']>;
  /** activeLearners / the city's population. */
  participationRate?: Maybe<Scalars['Float']['output']>;
};

/** A content of the shared library, as history refers to it. */
export type Content = {
  __typename?: 'Content';
  /** Content id. */
  id: Scalars['ID']['output'];
};

/** A course, as history refers to it. */
export type Course = {
  __typename?: 'Course';
  /** Course id. */
  id: Scalars['ID']['output'];
};

/** A learner, seen from the learning history. */
export type Learner = {
  __typename?: 'Learner';
  /** The learner's certificates, newest first (the learner and province admins only). */
  certificates?: Maybe<Array<Certificate>>;
  /** Who else read or changed the learner's history: admins reading it, staff downloading a certificate, revocations (the learner and province admins only). */
  historyAccessLog?: Maybe<Array<AccessLogEntry>>;
  /** Learner id. */
  id: Scalars['ID']['output'];
  /** The learner's lifelong learning history (the learner and province admins only). */
  transcript?: Maybe<Transcript>;
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

/** One thing that happened in a learner's lifelong learning. */
export type LearningRecord = {
  __typename?: 'LearningRecord';
  /** The tenant where it happened. */
  city: City;
  /** The content, for content events. */
  content?: Maybe<Content>;
  /** The course, for course events. */
  course?: Maybe<Course>;
  /** Learning hours credited by this record (0 for most verbs). */
  hours: Scalars['Float']['output'];
  /** Record id (the event id). */
  id: Scalars['ID']['output'];
  /** When. */
  occurredAt: Scalars['DateTime']['output'];
  /** What happened. */
  verb: LearningVerb;
};

/** A page of learning records. */
export type LearningRecordConnection = {
  __typename?: 'LearningRecordConnection';
  /** The records of this page, newest first. */
  edges: Array<LearningRecordEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many records there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A record in a page. */
export type LearningRecordEdge = {
  __typename?: 'LearningRecordEdge';
  /** Pass as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: LearningRecord;
};

/** What happened in a learning record. */
export type LearningVerb =
  /** Applied to a course */
  | 'APPLIED'
  /** Attended a session */
  | 'ATTENDED'
  /** Cancelled an application (added to the contract's verbs) */
  | 'CANCELLED'
  /** Was issued a certificate */
  | 'CERTIFIED'
  /** Completed a course */
  | 'COMPLETED'
  /** Got a seat in a course */
  | 'ENROLLED'
  /** Finished an online content */
  | 'FINISHED_CONTENT'
  /** Joined a live class */
  | 'JOINED_LIVE'
  /** Moved residence to another city */
  | 'MOVED'
  /** Did not meet a course's completion rule */
  | 'NOT_COMPLETED'
  /** Progressed in an online content */
  | 'PROGRESSED'
  /** Waits for a seat (added to the contract's verbs) */
  | 'WAITLISTED';

/** One month of learning in the whole province, suppressed like a city's row (nothing below 5 active learners, counts of 1 to 4 hidden). */
export type MonthLearningStats = {
  __typename?: 'MonthLearningStats';
  /** Distinct learners with any learning record in the month, wherever they lived. */
  activeLearners?: Maybe<Scalars['Int']['output']>;
  /** Courses completed in the month. */
  completions?: Maybe<Scalars['Int']['output']>;
  /** Seats taken (ENROLLED records) in the month. */
  enrollments?: Maybe<Scalars['Int']['output']>;
  /** Start of the month, or of the period when it starts later (inclusive). */
  from: Scalars['DateTime']['output'];
  /** Learning hours credited in the month. */
  learningHours?: Maybe<Scalars['Float']['output']>;
  /** The month in Korea time, e.g. "2026-03". */
  month: Scalars['String']['output'];
  /** End of the month, or of the period when it ends earlier (exclusive). */
  to: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Revokes a certificate (PROVINCE_ADMIN, or CITY_STAFF of the city that issued it); it then verifies as invalid (the reason stays with the certificate, for its holder and staff). */
  revokeCertificate: Certificate;
};


export type MutationRevokeCertificateArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Learning across the province in a period [from, to), per city: aggregates only. */
export type ProvinceStats = {
  __typename?: 'ProvinceStats';
  /** Completions and learning hours per learning category, the whole province, in the categories' order. */
  categories: Array<CategoryLearningStats>;
  /** The 31 cities and counties by administrative code, province excluded. */
  cities: Array<CityLearningStats>;
  /** The gateway path of the same table as CSV, for analysts and province admins (GET with a bearer token). */
  csvPath: Scalars['String']['output'];
  /** Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** The period month by month (Korea time), the whole province: the first and last month cut to the period. */
  months: Array<MonthLearningStats>;
  /** Highest participationRate / lowest among the cities shown with a rate above 0 (>= 1; 1 = no gap or too few cities to compare). */
  participationGap: Scalars['Float']['output'];
  /** End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Learning per city in [from, to), at most 10 years (ANALYST, PROVINCE_ADMIN). Whole months (Korea time) come from a rollup. */
  provinceStats: ProvinceStats;
  /** Verifies a certificate by its number, and with its verification code shows the whole certificate; public, answers for any input. */
  verifyCertificate: CertificateVerification;
};


export type QueryProvinceStatsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryVerifyCertificateArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
};

/** Roles, as access log entries name them. */
export type Role =
  | 'ANALYST'
  | 'CITY_STAFF'
  | 'INSTRUCTOR'
  | 'PROVINCE_ADMIN'
  | 'RESIDENT';

/** A learner's lifelong learning, across every city they lived or learned in. */
export type Transcript = {
  __typename?: 'Transcript';
  /** Hours per area, all six. */
  hoursByCategory: Array<CategoryHours>;
  /** Newest first. `first`: default 20, at most 100. */
  records: LearningRecordConnection;
  /** All hours credited. */
  totalHours: Scalars['Float']['output'];
};


/** A learner's lifelong learning, across every city they lived or learned in. */
export type TranscriptRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



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
  Certificate: Certificate;
  Learner: Learner;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Certificate:
    ( { __typename: 'Certificate' }
    & GraphQLRecursivePick<FederationTypes['Certificate'], {"id":true}> );
  Learner:
    ( { __typename: 'Learner' }
    & GraphQLRecursivePick<FederationTypes['Learner'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CategoryHours: ResolverTypeWrapper<CategoryHours>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CategoryLearningStats: ResolverTypeWrapper<CategoryStats>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Certificate: ResolverTypeWrapper<CertificateRow>;
  CertificateVerification: ResolverTypeWrapper<Omit<CertificateVerification, 'certificate'> & { certificate?: Maybe<ResolversTypes['Certificate']> }>;
  City: ResolverTypeWrapper<EntityRef>;
  CityLearningStats: ResolverTypeWrapper<CityStats>;
  Content: ResolverTypeWrapper<EntityRef>;
  Course: ResolverTypeWrapper<EntityRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Learner: ResolverTypeWrapper<EntityRef>;
  LearningCategory: LearningCategory;
  LearningRecord: ResolverTypeWrapper<LearningRecordRow>;
  LearningRecordConnection: ResolverTypeWrapper<Omit<LearningRecordConnection, 'edges'> & { edges: Array<ResolversTypes['LearningRecordEdge']> }>;
  LearningRecordEdge: ResolverTypeWrapper<Omit<LearningRecordEdge, 'node'> & { node: ResolversTypes['LearningRecord'] }>;
  LearningVerb: LearningVerb;
  MonthLearningStats: ResolverTypeWrapper<MonthStats>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProvinceStats: ResolverTypeWrapper<ProvinceStatsTable>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Transcript: ResolverTypeWrapper<TranscriptParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  CategoryHours: CategoryHours;
  Float: Scalars['Float']['output'];
  CategoryLearningStats: CategoryStats;
  Int: Scalars['Int']['output'];
  Certificate: CertificateRow;
  CertificateVerification: Omit<CertificateVerification, 'certificate'> & { certificate?: Maybe<ResolversParentTypes['Certificate']> };
  City: EntityRef;
  CityLearningStats: CityStats;
  Content: EntityRef;
  Course: EntityRef;
  DateTime: Scalars['DateTime']['output'];
  Learner: EntityRef;
  LearningRecord: LearningRecordRow;
  LearningRecordConnection: Omit<LearningRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['LearningRecordEdge']> };
  LearningRecordEdge: Omit<LearningRecordEdge, 'node'> & { node: ResolversParentTypes['LearningRecord'] };
  MonthLearningStats: MonthStats;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProvinceStats: ProvinceStatsTable;
  Query: Record<PropertyKey, never>;
  Transcript: TranscriptParent;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

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

export type CategoryHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryHours'] = ResolversParentTypes['CategoryHours']> = {
  category?: Resolver<ResolversTypes['LearningCategory'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CategoryLearningStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryLearningStats'] = ResolversParentTypes['CategoryLearningStats']> = {
  category?: Resolver<ResolversTypes['LearningCategory'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  learningHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  notCompleted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CertificateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate'], FederationReferenceType extends FederationReferenceTypes['Certificate'] = FederationReferenceTypes['Certificate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Certificate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['LearningCategory'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseTitleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credential?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdfPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificateVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateVerification'] = ResolversParentTypes['CertificateVerification']> = {
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  maskedHolderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CityLearningStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CityLearningStats'] = ResolversParentTypes['CityLearningStats']> = {
  activeLearners?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  learningHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  participationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Content'] = ResolversParentTypes['Content']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LearnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Learner'] = ResolversParentTypes['Learner'], FederationReferenceType extends FederationReferenceTypes['Learner'] = FederationReferenceTypes['Learner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Learner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certificates?: Resolver<Maybe<Array<ResolversTypes['Certificate']>>, ParentType, ContextType>;
  historyAccessLog?: Resolver<Maybe<Array<ResolversTypes['AccessLogEntry']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transcript?: Resolver<Maybe<ResolversTypes['Transcript']>, ParentType, ContextType>;
};

export type LearningRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningRecord'] = ResolversParentTypes['LearningRecord']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['Content']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['LearningVerb'], ParentType, ContextType>;
};

export type LearningRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningRecordConnection'] = ResolversParentTypes['LearningRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LearningRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LearningRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningRecordEdge'] = ResolversParentTypes['LearningRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LearningRecord'], ParentType, ContextType>;
};

export type MonthLearningStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthLearningStats'] = ResolversParentTypes['MonthLearningStats']> = {
  activeLearners?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  learningHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  revokeCertificate?: Resolver<ResolversTypes['Certificate'], ParentType, ContextType, RequireFields<MutationRevokeCertificateArgs, 'number' | 'reason'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProvinceStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvinceStats'] = ResolversParentTypes['ProvinceStats']> = {
  categories?: Resolver<Array<ResolversTypes['CategoryLearningStats']>, ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['CityLearningStats']>, ParentType, ContextType>;
  csvPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['MonthLearningStats']>, ParentType, ContextType>;
  participationGap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  provinceStats?: Resolver<ResolversTypes['ProvinceStats'], ParentType, ContextType, RequireFields<QueryProvinceStatsArgs, 'from' | 'to'>>;
  verifyCertificate?: Resolver<ResolversTypes['CertificateVerification'], ParentType, ContextType, RequireFields<QueryVerifyCertificateArgs, 'number'>>;
};

export type TranscriptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transcript'] = ResolversParentTypes['Transcript']> = {
  hoursByCategory?: Resolver<Array<ResolversTypes['CategoryHours']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['LearningRecordConnection'], ParentType, ContextType, Partial<TranscriptRecordsArgs>>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  CategoryHours?: CategoryHoursResolvers<ContextType>;
  CategoryLearningStats?: CategoryLearningStatsResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateVerification?: CertificateVerificationResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityLearningStats?: CityLearningStatsResolvers<ContextType>;
  Content?: ContentResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Learner?: LearnerResolvers<ContextType>;
  LearningRecord?: LearningRecordResolvers<ContextType>;
  LearningRecordConnection?: LearningRecordConnectionResolvers<ContextType>;
  LearningRecordEdge?: LearningRecordEdgeResolvers<ContextType>;
  MonthLearningStats?: MonthLearningStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProvinceStats?: ProvinceStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Transcript?: TranscriptResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};

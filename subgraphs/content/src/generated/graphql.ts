import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CityRef, CourseRef, LearnerRef } from '../resolvers/parents.ts';
import type { ContentRow, ContentProgressRow, LearningPathRow, LiveSessionRow } from '../db/schema.ts';
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

/** Whom a cached answer may be given to (only @cacheControl uses it: not part of the public API). */
export type CacheControlScope =
  /** Only the caller it was made for */
  | 'PRIVATE'
  /** Any caller */
  | 'PUBLIC';

/** A city or county, seen from the library. */
export type City = {
  __typename?: 'City';
  /** Contents the city features on its site, in its order: the province's (GSEEK), K-MOOC, or its own YouTube channel. Retired contents are left out. */
  featuredContents?: Maybe<Array<Content>>;
  id: Scalars['ID']['output'];
};

/** An online content of the province-wide shared library. */
export type Content = {
  __typename?: 'Content';
  /** Which of the six areas of lifelong education it belongs to. */
  category: LearningCategory;
  /** The city whose own content it is (its YouTube channel); null for province-wide contents. */
  city?: Maybe<City>;
  /** The description in the given locale; Korean when not given or not translated. */
  description: Scalars['String']['output'];
  /** Running time in minutes (reading time for documents). */
  durationMinutes: Scalars['Int']['output'];
  /** Content id. */
  id: Scalars['ID']['output'];
  /** Video, MOOC lesson, YouTube video or document. */
  kind: ContentKind;
  /** The languages it is available in. */
  languages: Array<Locale>;
  /** How much a learner should know before. */
  level: ContentLevel;
  /** The signed-in learner's progress in it; null when signed out or not started. */
  myProgress?: Maybe<ContentProgress>;
  /** Who publishes it, e.g. "GSEEK", "K-MOOC", "수원시 평생학습관 YouTube". */
  provider: Scalars['String']['output'];
  /** When a province admin retired it from the library; null while in the library. A retired content leaves search and cities' featured lists, stays in learning paths and courses (marked by this), and takes no more progress. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The title in the given locale; Korean when not given or not translated. */
  title: Scalars['String']['output'];
  /** Where to watch or read it. */
  url: Scalars['String']['output'];
};


/** An online content of the province-wide shared library. */
export type ContentDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


/** An online content of the province-wide shared library. */
export type ContentTitleArgs = {
  locale?: InputMaybe<Locale>;
};

/** A page of contents. */
export type ContentConnection = {
  __typename?: 'ContentConnection';
  /** The contents of this page. */
  edges: Array<ContentEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many contents match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A content in a page. */
export type ContentEdge = {
  __typename?: 'ContentEdge';
  /** Pass as `after` to continue after this content. */
  cursor: Scalars['String']['output'];
  /** The content. */
  node: Content;
};

/** Filters for the content library; all given filters must match. */
export type ContentFilter = {
  /** Only this category. */
  category?: InputMaybe<LearningCategory>;
  /** Only this kind. */
  kind?: InputMaybe<ContentKind>;
  /** Only contents available in this language. */
  language?: InputMaybe<Locale>;
  /** Only this level. */
  level?: InputMaybe<ContentLevel>;
  /** Matches Korean and English titles, substring-wise, ignoring case (at most 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A content of the shared library, as a province admin writes it. Texts are trimmed; empty translations count as none. */
export type ContentInput = {
  /** Which of the six areas of lifelong education it belongs to. */
  category: LearningCategory;
  /** The city whose own content it is (its YouTube channel); null for province-wide. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** The English description, at most 5000 characters. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** The Korean description, 1 to 5000 characters. */
  descriptionKo: Scalars['String']['input'];
  /** The Vietnamese description, at most 5000 characters. */
  descriptionVi?: InputMaybe<Scalars['String']['input']>;
  /** The Chinese description, at most 5000 characters. */
  descriptionZh?: InputMaybe<Scalars['String']['input']>;
  /** Running time in minutes (reading time for documents), 1 to 1440. */
  durationMinutes: Scalars['Int']['input'];
  /** Video, MOOC lesson, YouTube video or document; a YOUTUBE content needs a youtube.com or youtu.be address. */
  kind: ContentKind;
  /** The languages it is available in: at least one; repeats count once. */
  languages: Array<Locale>;
  /** How much a learner should know before. */
  level: ContentLevel;
  /** Who publishes it, 1 to 100 characters. */
  provider: Scalars['String']['input'];
  /** The English title, at most 200 characters. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** The Korean title, 1 to 200 characters. */
  titleKo: Scalars['String']['input'];
  /** The Vietnamese title, at most 200 characters. */
  titleVi?: InputMaybe<Scalars['String']['input']>;
  /** The Chinese title, at most 200 characters. */
  titleZh?: InputMaybe<Scalars['String']['input']>;
  /** Where to watch or read it: an https address of at most 2000 characters. */
  url: Scalars['String']['input'];
};

/** What kind of content it is. */
export type ContentKind =
  /** A document: workbook, handout */
  | 'DOCUMENT'
  /** A massive open online course lesson (K-MOOC) */
  | 'MOOC'
  /** A video lecture (e.g. GSEEK) */
  | 'VIDEO'
  /** A video on a city's YouTube channel */
  | 'YOUTUBE';

/** How much a learner should know before. */
export type ContentLevel =
  /** For experienced learners */
  | 'ADVANCED'
  /** No prior knowledge needed */
  | 'BEGINNER'
  /** Builds on the basics */
  | 'INTERMEDIATE';

/** How far a learner got in a content. Positions never go backwards; 90 % counts as finished. */
export type ContentProgress = {
  __typename?: 'ContentProgress';
  /** When 90 % was first reached; null until then. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The content. */
  content: Content;
  /** positionSeconds of the duration, 0 to 100. */
  percent: Scalars['Float']['output'];
  /** The furthest position reached, in seconds (at most the content's duration). */
  positionSeconds: Scalars['Int']['output'];
};

/** A page of a learner's progress, most recently watched first. */
export type ContentProgressConnection = {
  __typename?: 'ContentProgressConnection';
  edges: Array<ContentProgressEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Progress in a page. */
export type ContentProgressEdge = {
  __typename?: 'ContentProgressEdge';
  cursor: Scalars['String']['output'];
  node: ContentProgress;
};

/** A course, seen from the library: the contents it uses. */
export type Course = {
  __typename?: 'Course';
  /** Ids of the contents the course uses (owned by the courses service). */
  contentIds: Array<Scalars['ID']['output']>;
  /** The online contents the course uses, in the course's order. */
  contents?: Maybe<Array<Content>>;
  /** Course id. */
  id: Scalars['ID']['output'];
};

/** A live class to schedule. */
export type CreateLiveSessionInput = {
  /** 300 when not given; from 300 to 10,000. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endsAt: Scalars['DateTime']['input'];
  hostCityId: Scalars['ID']['input'];
  /** The provider's room name: 3 to 100 letters, digits, - or _. */
  room: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  titleEn?: InputMaybe<Scalars['String']['input']>;
  titleKo: Scalars['String']['input'];
};

/** A learner, seen from the library. */
export type Learner = {
  __typename?: 'Learner';
  /** Contents the learner started, most recently watched first (the learner and province admins only). `first`: default 20, at most 100. */
  contentProgress?: Maybe<ContentProgressConnection>;
  id: Scalars['ID']['output'];
};


/** A learner, seen from the library. */
export type LearnerContentProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A step-by-step path through contents, by level. */
export type LearningPath = {
  __typename?: 'LearningPath';
  /** Steps the signed-in learner finished (90 % watched); null when signed out. */
  finishedSteps?: Maybe<Scalars['Int']['output']>;
  /** Path id. */
  id: Scalars['ID']['output'];
  /** The level the path is for. */
  level: ContentLevel;
  /** The contents to take, in order. A retired content keeps its step (see its retiredAt), so that a path never silently shrinks under the learners following it. */
  steps: Array<Content>;
  /** The title in the given locale; Korean when not given or not translated. */
  title: Scalars['String']['output'];
};


/** A step-by-step path through contents, by level. */
export type LearningPathTitleArgs = {
  locale?: InputMaybe<Locale>;
};

/** A real-time class a city hosts on a video provider, for 300 or more at once. */
export type LiveSession = {
  __typename?: 'LiveSession';
  /** Learners admitted so far, live. */
  attendeeCount: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  hostCity: City;
  id: Scalars['ID']['output'];
  /** Learners may join from this moment (15 minutes before it starts) until it ends. */
  opensAt: Scalars['DateTime']['output'];
  /** Whether the signed-in learner asked to be reminded when it is about to start (remindMeOfLiveSession); null when anonymous. */
  remindMe?: Maybe<Scalars['Boolean']['output']>;
  startsAt: Scalars['DateTime']['output'];
  /** Falls back to Korean. */
  title: Scalars['String']['output'];
};


/** A real-time class a city hosts on a video provider, for 300 or more at once. */
export type LiveSessionTitleArgs = {
  locale?: InputMaybe<Locale>;
};

/** A seat in a live class and where to watch it. */
export type LiveSessionJoin = {
  __typename?: 'LiveSessionJoin';
  /** The video provider's address for this learner (the same on every rejoin). */
  joinUrl: Scalars['String']['output'];
  session: LiveSession;
};

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
  /** Adds a content to the shared library (PROVINCE_ADMIN). The same idempotencyKey (1 to 100 characters) from the same caller returns the content it created. */
  createContent: Content;
  /** Schedules a live class (CITY_STAFF of the host city, PROVINCE_ADMIN). The same idempotencyKey (1 to 100 characters) from the same caller returns the class it scheduled instead of a second one. */
  createLiveSession: LiveSession;
  /** Replaces the contents a city features on its site, in this order, at most 24 (CITY_STAFF of the city, PROVINCE_ADMIN). */
  featureContents: Array<Content>;
  /** Takes a seat in a live class (or returns the learner's seat). CONFLICT when it is full, over or not open yet. */
  joinLiveSession: LiveSessionJoin;
  /** Saves how far the signed-in learner watched. Negative positions are refused (BAD_USER_INPUT); positions past the end count as the end; a retired content answers CONFLICT; going back keeps the furthest position. A position never advances faster than the content plays at 2x since the previous report, plus one report interval (30 s) of slack: more is clamped to that (never an error, never credited); the first report may be at most 30 s. */
  recordContentProgress: ContentProgress;
  /** The signed-in learner asks to be reminded (remind: true) when the live class is about to start, or no longer (false): one LIVE_STARTING message, by email and KakaoTalk and in the notification centre, at most 15 minutes before it starts. Asking again changes nothing (still one message). NOT_FOUND for an unknown session; CONFLICT when asking for one that has started or is over. */
  remindMeOfLiveSession: LiveSession;
  /** Retires a content (PROVINCE_ADMIN): it leaves search, paths' new listings and cities' featured lists; learners keep their progress and history. Retiring twice answers CONFLICT. */
  retireContent: Content;
  /** Replaces a content's fields (PROVINCE_ADMIN). */
  updateContent: Content;
};


export type MutationCreateContentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ContentInput;
};


export type MutationCreateLiveSessionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateLiveSessionInput;
};


export type MutationFeatureContentsArgs = {
  cityId: Scalars['ID']['input'];
  contentIds: Array<Scalars['ID']['input']>;
};


export type MutationJoinLiveSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordContentProgressArgs = {
  contentId: Scalars['ID']['input'];
  positionSeconds: Scalars['Int']['input'];
};


export type MutationRemindMeOfLiveSessionArgs = {
  remind: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRetireContentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateContentArgs = {
  id: Scalars['ID']['input'];
  input: ContentInput;
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
  /** One content by id, retired ones included (see retiredAt); null when there is none. */
  content?: Maybe<Content>;
  /** The shared library by title, without retired contents. `first`: default 20, at most 100 (larger values are clamped). */
  contents: ContentConnection;
  /** Learning paths, all or of one level. */
  learningPaths: Array<LearningPath>;
  /** Live classes by start time; upcoming: only those not over yet. */
  liveSessions: Array<LiveSession>;
};


export type QueryContentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLearningPathsArgs = {
  level?: InputMaybe<ContentLevel>;
};


export type QueryLiveSessionsArgs = {
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
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
  City: City;
  Content: Content;
  Course: Course;
  Learner: Learner;
  LiveSession: LiveSession;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  City:
    ( { __typename: 'City' }
    & GraphQLRecursivePick<FederationTypes['City'], {"id":true}> );
  Content:
    ( { __typename: 'Content' }
    & GraphQLRecursivePick<FederationTypes['Content'], {"id":true}> );
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Course'], {"contentIds":true}> ) );
  Learner:
    ( { __typename: 'Learner' }
    & GraphQLRecursivePick<FederationTypes['Learner'], {"id":true}> );
  LiveSession:
    ( { __typename: 'LiveSession' }
    & GraphQLRecursivePick<FederationTypes['LiveSession'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  City: ResolverTypeWrapper<CityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Content: ResolverTypeWrapper<ContentRow>;
  ContentConnection: ResolverTypeWrapper<Omit<ContentConnection, 'edges'> & { edges: Array<ResolversTypes['ContentEdge']> }>;
  ContentEdge: ResolverTypeWrapper<Omit<ContentEdge, 'node'> & { node: ResolversTypes['Content'] }>;
  ContentFilter: ContentFilter;
  ContentInput: ContentInput;
  ContentKind: ContentKind;
  ContentLevel: ContentLevel;
  ContentProgress: ResolverTypeWrapper<ContentProgressRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ContentProgressConnection: ResolverTypeWrapper<Omit<ContentProgressConnection, 'edges'> & { edges: Array<ResolversTypes['ContentProgressEdge']> }>;
  ContentProgressEdge: ResolverTypeWrapper<Omit<ContentProgressEdge, 'node'> & { node: ResolversTypes['ContentProgress'] }>;
  Course: ResolverTypeWrapper<CourseRef>;
  CreateLiveSessionInput: CreateLiveSessionInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Learner: ResolverTypeWrapper<LearnerRef>;
  LearningCategory: LearningCategory;
  LearningPath: ResolverTypeWrapper<LearningPathRow>;
  LiveSession: ResolverTypeWrapper<LiveSessionRow>;
  LiveSessionJoin: ResolverTypeWrapper<Omit<LiveSessionJoin, 'session'> & { session: ResolversTypes['LiveSession'] }>;
  Locale: Locale;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  City: CityRef;
  ID: Scalars['ID']['output'];
  Content: ContentRow;
  ContentConnection: Omit<ContentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContentEdge']> };
  ContentEdge: Omit<ContentEdge, 'node'> & { node: ResolversParentTypes['Content'] };
  ContentFilter: ContentFilter;
  ContentInput: ContentInput;
  ContentProgress: ContentProgressRow;
  Float: Scalars['Float']['output'];
  ContentProgressConnection: Omit<ContentProgressConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContentProgressEdge']> };
  ContentProgressEdge: Omit<ContentProgressEdge, 'node'> & { node: ResolversParentTypes['ContentProgress'] };
  Course: CourseRef;
  CreateLiveSessionInput: CreateLiveSessionInput;
  DateTime: Scalars['DateTime']['output'];
  Learner: LearnerRef;
  LearningPath: LearningPathRow;
  LiveSession: LiveSessionRow;
  LiveSessionJoin: Omit<LiveSessionJoin, 'session'> & { session: ResolversParentTypes['LiveSession'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
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

export type CityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City'], FederationReferenceType extends FederationReferenceTypes['City'] = FederationReferenceTypes['City']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['City']> | FederationReferenceType, FederationReferenceType, ContextType>;
  featuredContents?: Resolver<Maybe<Array<ResolversTypes['Content']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Content'] = ResolversParentTypes['Content'], FederationReferenceType extends FederationReferenceTypes['Content'] = FederationReferenceTypes['Content']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Content']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['LearningCategory'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ContentDescriptionArgs>>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContentKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ContentLevel'], ParentType, ContextType>;
  myProgress?: Resolver<Maybe<ResolversTypes['ContentProgress']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ContentTitleArgs>>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentConnection'] = ResolversParentTypes['ContentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentEdge'] = ResolversParentTypes['ContentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Content'], ParentType, ContextType>;
};

export type ContentProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentProgress'] = ResolversParentTypes['ContentProgress']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['Content'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContentProgressConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentProgressConnection'] = ResolversParentTypes['ContentProgressConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContentProgressEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContentProgressEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentProgressEdge'] = ResolversParentTypes['ContentProgressEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContentProgress'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contents?: Resolver<Maybe<Array<ResolversTypes['Content']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LearnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Learner'] = ResolversParentTypes['Learner'], FederationReferenceType extends FederationReferenceTypes['Learner'] = FederationReferenceTypes['Learner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Learner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentProgress?: Resolver<Maybe<ResolversTypes['ContentProgressConnection']>, ParentType, ContextType, Partial<LearnerContentProgressArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LearningPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningPath'] = ResolversParentTypes['LearningPath']> = {
  finishedSteps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ContentLevel'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Content']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LearningPathTitleArgs>>;
};

export type LiveSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveSession'] = ResolversParentTypes['LiveSession'], FederationReferenceType extends FederationReferenceTypes['LiveSession'] = FederationReferenceTypes['LiveSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LiveSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hostCity?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remindMe?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LiveSessionTitleArgs>>;
};

export type LiveSessionJoinResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveSessionJoin'] = ResolversParentTypes['LiveSessionJoin']> = {
  joinUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['LiveSession'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createContent?: Resolver<ResolversTypes['Content'], ParentType, ContextType, RequireFields<MutationCreateContentArgs, 'input'>>;
  createLiveSession?: Resolver<ResolversTypes['LiveSession'], ParentType, ContextType, RequireFields<MutationCreateLiveSessionArgs, 'input'>>;
  featureContents?: Resolver<Array<ResolversTypes['Content']>, ParentType, ContextType, RequireFields<MutationFeatureContentsArgs, 'cityId' | 'contentIds'>>;
  joinLiveSession?: Resolver<ResolversTypes['LiveSessionJoin'], ParentType, ContextType, RequireFields<MutationJoinLiveSessionArgs, 'id'>>;
  recordContentProgress?: Resolver<ResolversTypes['ContentProgress'], ParentType, ContextType, RequireFields<MutationRecordContentProgressArgs, 'contentId' | 'positionSeconds'>>;
  remindMeOfLiveSession?: Resolver<ResolversTypes['LiveSession'], ParentType, ContextType, RequireFields<MutationRemindMeOfLiveSessionArgs, 'remind' | 'sessionId'>>;
  retireContent?: Resolver<ResolversTypes['Content'], ParentType, ContextType, RequireFields<MutationRetireContentArgs, 'id'>>;
  updateContent?: Resolver<ResolversTypes['Content'], ParentType, ContextType, RequireFields<MutationUpdateContentArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  content?: Resolver<Maybe<ResolversTypes['Content']>, ParentType, ContextType, RequireFields<QueryContentArgs, 'id'>>;
  contents?: Resolver<ResolversTypes['ContentConnection'], ParentType, ContextType, Partial<QueryContentsArgs>>;
  learningPaths?: Resolver<Array<ResolversTypes['LearningPath']>, ParentType, ContextType, Partial<QueryLearningPathsArgs>>;
  liveSessions?: Resolver<Array<ResolversTypes['LiveSession']>, ParentType, ContextType, Partial<QueryLiveSessionsArgs>>;
};

export type Resolvers<ContextType = Context> = {
  City?: CityResolvers<ContextType>;
  Content?: ContentResolvers<ContextType>;
  ContentConnection?: ContentConnectionResolvers<ContextType>;
  ContentEdge?: ContentEdgeResolvers<ContextType>;
  ContentProgress?: ContentProgressResolvers<ContextType>;
  ContentProgressConnection?: ContentProgressConnectionResolvers<ContextType>;
  ContentProgressEdge?: ContentProgressEdgeResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Learner?: LearnerResolvers<ContextType>;
  LearningPath?: LearningPathResolvers<ContextType>;
  LiveSession?: LiveSessionResolvers<ContextType>;
  LiveSessionJoin?: LiveSessionJoinResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};

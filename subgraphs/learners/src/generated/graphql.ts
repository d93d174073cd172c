import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CityRow, ResidenceRow, AccessLogRow } from '../db/schema.ts';
import type { LearnerParent, RoleGrantParent } from '../resolvers/parents.ts';
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

/** A signed-in learner: their access token and the sign-in session it belongs to. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When `token` expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** The learner. */
  learner: Learner;
  /** Works once: `refreshToken(refreshToken:)` exchanges it for a new token and a new refresh token. Presenting a used one again ends the session. Keep it as secret as a password. */
  refreshToken: Scalars['String']['output'];
  /** When the session ends for good, however often it is refreshed: sign in again then. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /** EdDSA JWT for the Authorization header (Bearer); lasts at most 15 minutes: renew it with refreshToken. */
  token: Scalars['String']['output'];
};

/** Whom a cached answer may be given to (only @cacheControl uses it: not part of the public API). */
export type CacheControlScope =
  /** Only the caller it was made for */
  | 'PRIVATE'
  /** Any caller */
  | 'PUBLIC';

/** A tenant: the province itself (id gyeonggi) or one of its 31 cities and counties. */
export type City = {
  __typename?: 'City';
  /** Administrative code, e.g. "41390". */
  code: Scalars['String']['output'];
  /** Slug, e.g. "siheung". */
  id: Scalars['ID']['output'];
  /** The learners holding INSTRUCTOR in this city, by name (CITY_STAFF of the city and province admins; null for anyone else). */
  instructors?: Maybe<Array<Learner>>;
  /** Province, city or county. */
  kind: CityKind;
  /** The name in the given locale (Korean when not given; English for any other locale). */
  name: Scalars['String']['output'];
  /** Approximate resident population. */
  population: Scalars['Int']['output'];
  /** Platform accounts whose residence is this city (a count, not people). */
  residentCount: Scalars['Int']['output'];
  /** How this tenant's site looks and speaks. */
  site: CitySite;
};


/** A tenant: the province itself (id gyeonggi) or one of its 31 cities and counties. */
export type CityNameArgs = {
  locale?: InputMaybe<Locale>;
};

/** Whether a tenant is the province itself, a city (시) or a county (군). */
export type CityKind =
  /** A city (시) */
  | 'CITY'
  /** A county (군) */
  | 'COUNTY'
  /** Gyeonggi Province itself (id gyeonggi) */
  | 'PROVINCE';

/** How a city's site looks and speaks; the SPA reads it to skin itself. */
export type CitySite = {
  __typename?: 'CitySite';
  /** The locale the site opens in. */
  defaultLocale: Locale;
  /** Every locale the site offers. */
  locales: Array<Locale>;
  /** Logo image URL, if the city has uploaded one. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** The brand color as #rrggbb; white text on it meets WCAG AA. */
  primaryColor: Scalars['String']['output'];
  /** The site's name, e.g. "수원시 평생학습 배움터". */
  siteName: Scalars['String']['output'];
};

/** One person, one account, province-wide, whichever city they live in. */
export type Learner = {
  __typename?: 'Learner';
  /** Cities whose courses the learner applied to (from the courses service; decides who sees the email). */
  appliedCityIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Birth year, if given. Only for the learner and province admins. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** The name shown to staff and on certificates. */
  displayName: Scalars['String']['output'];
  /** Only for the learner, staff of a city whose course they applied to, and province admins; null for others. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the email was confirmed by the link sent to it; null for whoever may not see the email. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** Learner id. */
  id: Scalars['ID']['output'];
  /** The locale the learner prefers. */
  preferredLocale: Locale;
  /** Where the learner lives now. */
  residence: City;
  /** Oldest first; the current one has no `to`. Only for the learner and province admins. */
  residenceHistory: Array<Residence>;
  /** Roles held. Only for the learner and province admins. */
  roles: Array<RoleGrant>;
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
  /** Changes the signed-in learner's password and ends every other session. This one is replaced by a new session (the answer): its old token and refresh token stop working too. */
  changePassword: AuthPayload;
  /** Deletes the signed-in account: personal fields are erased, every session ends, learning records stay pseudonymized. */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** Everything the platform keeps about the signed-in learner (PIPA right of access). */
  exportMyData: PersonalDataExport;
  /** PROVINCE_ADMIN grants any role; CITY_STAFF may grant INSTRUCTOR in their city. */
  grantRole: Learner;
  /** Moves the signed-in learner to another city: account, enrollments, history and certificates stay. */
  moveResidence: Learner;
  /** A fresh token with the learner's current roles and residence, and a new refresh token, for the session `refreshToken` belongs to. Each refresh token works once; presenting one again ends its session. Send it without an Authorization header (an expired token would be refused). */
  refreshToken: AuthPayload;
  /** Sends a link to `newEmail` that makes it the signed-in learner's address (confirmed) when opened, once, within 24 hours (with verifyEmail; earlier such links stop working); the old address is told then. Until then the account keeps its address. BAD_USER_INPUT for a wrong password (field password), no address or the account's own (field newEmail); CONFLICT when another account has it. */
  requestEmailChange: Scalars['Boolean']['output'];
  /** Sends a password reset link to the account with this email. Answers true whether or not there is one, so that nobody learns who has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends the signed-in learner a new verification link (earlier links stop working); false when the address is already confirmed. */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Sets a new password with the token of a reset link: once, within 30 minutes. Every session of the account ends; sign in again. False when the token does not work (unknown, used or expired). */
  resetPassword: Scalars['Boolean']['output'];
  /** The same people as grantRole: PROVINCE_ADMIN revokes any role, CITY_STAFF may revoke INSTRUCTOR in their city. Tokens lose the role within 60 seconds. */
  revokeRole: Learner;
  /** Signs in and starts a session. A wrong password and an unknown email answer the same; repeated failures from one client lock that client out of the account for a while (RATE_LIMITED). */
  signIn: AuthPayload;
  /** Ends this session: its token and refresh token stop working within 60 seconds. */
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in learner, this one included, within 60 seconds. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Creates an account living in one of the 31 cities and signs it in. */
  signUp: AuthPayload;
  /** Confirms the email address a verification link was sent to (no sign-in needed). Each link works once, for 24 hours, and only while that address is still the account's; the link of an email change makes its address the account's. False when it does not; CONFLICT when another account has taken that new address since. */
  verifyEmail: Scalars['Boolean']['output'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationDeleteMyAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationGrantRoleArgs = {
  cityId?: InputMaybe<Scalars['ID']['input']>;
  learnerId: Scalars['ID']['input'];
  role: Role;
};


export type MutationMoveResidenceArgs = {
  cityId: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRequestEmailChangeArgs = {
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeRoleArgs = {
  cityId?: InputMaybe<Scalars['ID']['input']>;
  learnerId: Scalars['ID']['input'];
  role: Role;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};

/** Everything the platform keeps about the signed-in learner, as of now. */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** Who read or changed the learner's data (the history's own log is Learner.historyAccessLog). */
  accessLog: Array<AccessLogEntry>;
  /** When the export was made. */
  exportedAt: Scalars['DateTime']['output'];
  /** The learner, with every field their services hold. */
  learner: Learner;
};

export type Query = {
  __typename?: 'Query';
  /** The province first, then the 31 cities and counties by administrative code. */
  cities: Array<City>;
  /** One tenant by id (slug); null when there is none. */
  city?: Maybe<City>;
  /** The account with this email, case-insensitively; null when there is none (PROVINCE_ADMIN; the lookup goes on the person's access log as FIND_BY_EMAIL). */
  learnerByEmail?: Maybe<Learner>;
  /** The signed-in learner; null without a token. */
  me?: Maybe<Learner>;
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLearnerByEmailArgs = {
  email: Scalars['String']['input'];
};

/** Where a learner lives, for a period. */
export type Residence = {
  __typename?: 'Residence';
  /** The city or county. */
  city: City;
  /** Since when. */
  from: Scalars['DateTime']['output'];
  /** Until when; null for the current residence. */
  to?: Maybe<Scalars['DateTime']['output']>;
};

/** What a person may do on the platform. */
export type Role =
  /** Sees aggregated statistics across cities */
  | 'ANALYST'
  /** Runs one city's courses, venues and applicants */
  | 'CITY_STAFF'
  /** Takes attendance for the courses they teach, in one city */
  | 'INSTRUCTOR'
  /** Runs the platform and the shared library, grants roles */
  | 'PROVINCE_ADMIN'
  /** Every account: their own learning */
  | 'RESIDENT';

/** A role held by a learner; city set for INSTRUCTOR and CITY_STAFF. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The city it applies to, for city roles. */
  city?: Maybe<City>;
  /** The role. */
  role: Role;
};

/** A new account. No resident registration number, phone or address is ever asked for. */
export type SignUpInput = {
  /** Optional, for statistics by age. */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 characters, no control characters. */
  displayName: Scalars['String']['input'];
  /** Unique, case-insensitively. */
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** Korean when not given. */
  preferredLocale?: InputMaybe<Locale>;
  /** One of the 31 cities and counties. */
  residenceCityId: Scalars['ID']['input'];
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
  Learner: Learner;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  City:
    ( { __typename: 'City' }
    & GraphQLRecursivePick<FederationTypes['City'], {"id":true}> );
  Learner:
    ( { __typename: 'Learner' }
    & GraphQLRecursivePick<FederationTypes['Learner'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Learner'], {"appliedCityIds":true}>
        | GraphQLRecursivePick<FederationTypes['Learner'], {"appliedCityIds":true}>
        | GraphQLRecursivePick<FederationTypes['Learner'], {"appliedCityIds":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'learner'> & { learner: ResolversTypes['Learner'] }>;
  CacheControlScope: CacheControlScope;
  City: ResolverTypeWrapper<CityRow>;
  CityKind: CityKind;
  CitySite: ResolverTypeWrapper<CitySite>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Learner: ResolverTypeWrapper<LearnerParent>;
  Locale: Locale;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonalDataExport: ResolverTypeWrapper<Omit<PersonalDataExport, 'accessLog' | 'learner'> & { accessLog: Array<ResolversTypes['AccessLogEntry']>, learner: ResolversTypes['Learner'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Residence: ResolverTypeWrapper<ResidenceRow>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<RoleGrantParent>;
  SignUpInput: SignUpInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  AuthPayload: Omit<AuthPayload, 'learner'> & { learner: ResolversParentTypes['Learner'] };
  City: CityRow;
  CitySite: CitySite;
  DateTime: Scalars['DateTime']['output'];
  Learner: LearnerParent;
  Mutation: Record<PropertyKey, never>;
  PersonalDataExport: Omit<PersonalDataExport, 'accessLog' | 'learner'> & { accessLog: Array<ResolversParentTypes['AccessLogEntry']>, learner: ResolversParentTypes['Learner'] };
  Query: Record<PropertyKey, never>;
  Residence: ResidenceRow;
  RoleGrant: RoleGrantParent;
  SignUpInput: SignUpInput;
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

export type AuthPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  learner?: Resolver<ResolversTypes['Learner'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City'], FederationReferenceType extends FederationReferenceTypes['City'] = FederationReferenceTypes['City']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['City']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructors?: Resolver<Maybe<Array<ResolversTypes['Learner']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CityNameArgs>>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  residentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['CitySite'], ParentType, ContextType>;
};

export type CitySiteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitySite'] = ResolversParentTypes['CitySite']> = {
  defaultLocale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  locales?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LearnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Learner'] = ResolversParentTypes['Learner'], FederationReferenceType extends FederationReferenceTypes['Learner'] = FederationReferenceTypes['Learner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Learner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preferredLocale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  residence?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  residenceHistory?: Resolver<Array<ResolversTypes['Residence']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  deleteMyAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMyAccountArgs, 'password'>>;
  exportMyData?: Resolver<ResolversTypes['PersonalDataExport'], ParentType, ContextType>;
  grantRole?: Resolver<ResolversTypes['Learner'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'learnerId' | 'role'>>;
  moveResidence?: Resolver<ResolversTypes['Learner'], ParentType, ContextType, RequireFields<MutationMoveResidenceArgs, 'cityId'>>;
  refreshToken?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'refreshToken'>>;
  requestEmailChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestEmailChangeArgs, 'newEmail' | 'password'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendVerificationEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeRole?: Resolver<ResolversTypes['Learner'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'learnerId' | 'role'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
};

export type PersonalDataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataExport'] = ResolversParentTypes['PersonalDataExport']> = {
  accessLog?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  learner?: Resolver<ResolversTypes['Learner'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  learnerByEmail?: Resolver<Maybe<ResolversTypes['Learner']>, ParentType, ContextType, RequireFields<QueryLearnerByEmailArgs, 'email'>>;
  me?: Resolver<Maybe<ResolversTypes['Learner']>, ParentType, ContextType>;
};

export type ResidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Residence'] = ResolversParentTypes['Residence']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RoleGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleGrant'] = ResolversParentTypes['RoleGrant']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CitySite?: CitySiteResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Learner?: LearnerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PersonalDataExport?: PersonalDataExportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Residence?: ResidenceResolvers<ContextType>;
  RoleGrant?: RoleGrantResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};

import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CourseRef, LearnerRef } from '../resolvers/parents.ts';
import type { DeadLetterRow } from '../repo/deliveries.ts';
import type { NotificationRow } from '../db/schema.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** One channel's reach among a course's learners (a learner counts once per state however many messages they were sent). */
export type ChannelReach = {
  __typename?: 'ChannelReach';
  channel: NotificationChannel;
  /** Learners with a message given up on (see deadNotifications). */
  failed: Scalars['Int']['output'];
  /** Learners with a message waiting to be sent (held for the night, or retried). */
  pending: Scalars['Int']['output'];
  /** Learners at least one message reached by this channel. */
  reached: Scalars['Int']['output'];
  /** Learners with a message that had nowhere to go by this channel (no confirmed address, no phone, turned off). */
  skipped: Scalars['Int']['output'];
};

/** A course, as notifications knows it: by the messages sent about it. */
export type Course = {
  __typename?: 'Course';
  /** Course id. */
  id: Scalars['ID']['output'];
  /** How far the course's messages got, by channel (its city's staff and province admins; null while notifications cannot answer). */
  notificationReach?: Maybe<NotificationReach>;
};

/** A message that could not be delivered and was set aside. */
export type DeadNotification = {
  __typename?: 'DeadNotification';
  attempts: Scalars['Int']['output'];
  channel: NotificationChannel;
  /** The city the message came from. */
  cityId: Scalars['ID']['output'];
  diedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The delivery's id (requeueDeadNotifications takes it). */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Why its last try failed: never an address, a number or the message's text. */
  lastError?: Maybe<Scalars['String']['output']>;
};

/** A learner, as notifications knows them. */
export type Learner = {
  __typename?: 'Learner';
  /** Learner id. */
  id: Scalars['ID']['output'];
  /** The mobile number KakaoTalk messages go to, partly hidden (the learner only; never shown to staff). */
  notificationPhone?: Maybe<Scalars['String']['output']>;
  /** What the learner chose about their messages (the learner only; null while notifications cannot answer). */
  notificationPreferences?: Maybe<NotificationPreferences>;
  /** Every message sent to the learner, newest first, in the learner's language (the learner only; null while notifications cannot answer). */
  notifications?: Maybe<Array<Notification>>;
  /** How many of them the learner has not read yet (the learner only; null while notifications cannot answer). */
  unreadNotificationCount?: Maybe<Scalars['Int']['output']>;
};


/** A learner, as notifications knows them. */
export type LearnerNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A language messages are written in (as the learner's account has it). */
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
  /** Marks the caller's notifications read (all of them when no ids are given); returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Removes the learner's mobile number: nothing more goes by KakaoTalk. */
  removeNotificationPhone: Scalars['Boolean']['output'];
  /** Sends dead messages again, once their cause is fixed (the city's staff and province admins); returns how many. */
  requeueDeadNotifications: Scalars['Int']['output'];
  /** Gives the mobile number KakaoTalk messages (and SMS where they fall back) go to; consent must be true and is recorded with its time. Returns the number partly hidden. */
  setNotificationPhone: Scalars['String']['output'];
  /** Sets the caller's choices about their messages; kinds left out keep theirs. */
  setNotificationPreferences: NotificationPreferences;
  /** Stops emails from the link every email carries, without signing in: of one kind, or of every kind when kind is left out. An unknown link is BAD_USER_INPUT. */
  unsubscribe: Scalars['Boolean']['output'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRequeueDeadNotificationsArgs = {
  cityId: Scalars['ID']['input'];
  ids: Array<Scalars['ID']['input']>;
};


export type MutationSetNotificationPhoneArgs = {
  consent: Scalars['Boolean']['input'];
  number: Scalars['String']['input'];
};


export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationUnsubscribeArgs = {
  kind?: InputMaybe<NotificationKind>;
  token: Scalars['String']['input'];
};

/** One message to a learner, as the notification centre shows it. */
export type Notification = {
  __typename?: 'Notification';
  /** The message's text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Where its subject can be seen (a course page, a certificate's verification). */
  link?: Maybe<Scalars['String']['output']>;
  /** When the learner marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** One line: the email's subject without the site's name. */
  title: Scalars['String']['output'];
};

/** A way a message reaches the learner. */
export type NotificationChannel =
  | 'EMAIL'
  /** KakaoTalk AlimTalk (SMS where it falls back) */
  | 'KAKAO';

/** What a notification tells the learner. */
export type NotificationKind =
  /** An application waiting for a lottery or an approval was received */
  | 'APPLICATION_RECEIVED'
  /** An application approved or declined by staff */
  | 'APPROVAL_DECISION'
  /** A certificate was issued, with its verification link */
  | 'CERTIFICATE_ISSUED'
  /** A course cancelled */
  | 'COURSE_CANCELLED'
  /** A course changed (time, place) */
  | 'COURSE_CHANGED'
  /** A message the course's staff wrote to its applicants */
  | 'COURSE_MESSAGE'
  /** To the old address when the account's email changed (an account message: never listed in the centre) */
  | 'EMAIL_CHANGED'
  /** A seat in a course */
  | 'ENROLLED'
  /** A live class starts in 15 minutes */
  | 'LIVE_STARTING'
  /** Drawn or not in a course's lottery */
  | 'LOTTERY_RESULT'
  /** A link to choose a new password (an account message: never listed in the centre) */
  | 'PASSWORD_RESET'
  /** Moved from the waitlist to a seat */
  | 'PROMOTED'
  /** The first session is tomorrow */
  | 'SESSION_REMINDER'
  /** A link to confirm an email address (an account message: never listed in the centre) */
  | 'VERIFY_EMAIL'
  /** On a course's waitlist, at a position */
  | 'WAITLISTED';

/** How one kind of message reaches the learner. */
export type NotificationKindPreference = {
  __typename?: 'NotificationKindPreference';
  /** The channels it goes by; empty: only the notification centre lists it. */
  channels: Array<NotificationChannel>;
  kind: NotificationKind;
  /** Sent at night too (21:00 to 08:00 Korea time), because it cannot wait until the morning. */
  timeCritical: Scalars['Boolean']['output'];
};

/** The channels one kind of message is to go by. */
export type NotificationKindPreferenceInput = {
  /** Empty: only the notification centre lists it. KAKAO takes effect once a mobile number is given. */
  channels: Array<NotificationChannel>;
  kind: NotificationKind;
};

/** A learner's choices about their messages. Account messages (email confirmation, password reset) are not among them: they always go by email. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Every kind of message a learner can choose about, with the channels it goes by. */
  kinds: Array<NotificationKindPreference>;
  /** The language messages are written in; null: the account's language. */
  language?: Maybe<Locale>;
};

/** Changes to a learner's choices; what is left out stays as it is. */
export type NotificationPreferencesInput = {
  /** Kinds to set, each at most once. */
  kinds?: InputMaybe<Array<NotificationKindPreferenceInput>>;
  /** The language messages are written in; null: the account's language. */
  language?: InputMaybe<Locale>;
};

/** How many of a course's learners its messages reached. */
export type NotificationReach = {
  __typename?: 'NotificationReach';
  /** Each channel: learners a message reached, and those it has not yet or could not. */
  channels: Array<ChannelReach>;
  /** Learners sent any message about the course. */
  learners: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Messages a city could not deliver, newest first (its staff and province admins). */
  deadNotifications: Array<DeadNotification>;
};


export type QueryDeadNotificationsArgs = {
  cityId: Scalars['ID']['input'];
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
  Course: Course;
  Learner: Learner;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  Learner:
    ( { __typename: 'Learner' }
    & GraphQLRecursivePick<FederationTypes['Learner'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ChannelReach: ResolverTypeWrapper<ChannelReach>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Course: ResolverTypeWrapper<CourseRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadNotification: ResolverTypeWrapper<DeadLetterRow>;
  Learner: ResolverTypeWrapper<LearnerRef>;
  Locale: Locale;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationChannel: NotificationChannel;
  NotificationKind: NotificationKind;
  NotificationKindPreference: ResolverTypeWrapper<NotificationKindPreference>;
  NotificationKindPreferenceInput: NotificationKindPreferenceInput;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferences>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationReach: ResolverTypeWrapper<NotificationReach>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ChannelReach: ChannelReach;
  Int: Scalars['Int']['output'];
  Course: CourseRef;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeadNotification: DeadLetterRow;
  Learner: LearnerRef;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRow;
  NotificationKindPreference: NotificationKindPreference;
  NotificationKindPreferenceInput: NotificationKindPreferenceInput;
  NotificationPreferences: NotificationPreferences;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationReach: NotificationReach;
  Query: Record<PropertyKey, never>;
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

export type ChannelReachResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelReach'] = ResolversParentTypes['ChannelReach']> = {
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notificationReach?: Resolver<Maybe<ResolversTypes['NotificationReach']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadNotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeadNotification'] = ResolversParentTypes['DeadNotification']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  cityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  diedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LearnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Learner'] = ResolversParentTypes['Learner'], FederationReferenceType extends FederationReferenceTypes['Learner'] = FederationReferenceTypes['Learner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Learner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notificationPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notificationPreferences?: Resolver<Maybe<ResolversTypes['NotificationPreferences']>, ParentType, ContextType>;
  notifications?: Resolver<Maybe<Array<ResolversTypes['Notification']>>, ParentType, ContextType, RequireFields<LearnerNotificationsArgs, 'first'>>;
  unreadNotificationCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  removeNotificationPhone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requeueDeadNotifications?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRequeueDeadNotificationsArgs, 'cityId' | 'ids'>>;
  setNotificationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationSetNotificationPhoneArgs, 'consent' | 'number'>>;
  setNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'input'>>;
  unsubscribe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnsubscribeArgs, 'token'>>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationKindPreferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationKindPreference'] = ResolversParentTypes['NotificationKindPreference']> = {
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  timeCritical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationPreferencesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = {
  kinds?: Resolver<Array<ResolversTypes['NotificationKindPreference']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
};

export type NotificationReachResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationReach'] = ResolversParentTypes['NotificationReach']> = {
  channels?: Resolver<Array<ResolversTypes['ChannelReach']>, ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  deadNotifications?: Resolver<Array<ResolversTypes['DeadNotification']>, ParentType, ContextType, RequireFields<QueryDeadNotificationsArgs, 'cityId' | 'first'>>;
};

export type Resolvers<ContextType = Context> = {
  ChannelReach?: ChannelReachResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeadNotification?: DeadNotificationResolvers<ContextType>;
  Learner?: LearnerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationKindPreference?: NotificationKindPreferenceResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  NotificationReach?: NotificationReachResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};

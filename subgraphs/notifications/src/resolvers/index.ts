import { DateTimeScalar } from '@baeumteo/server';
import type { Resolvers } from '../generated/graphql.ts';
import { Course } from './Course.ts';
import { Learner, Notification } from './Learner.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Course,
  Learner,
  Notification,
};

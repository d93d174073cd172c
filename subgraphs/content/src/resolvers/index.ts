import { DateTimeScalar } from '@baeumteo/server';
import type { Resolvers } from '../generated/graphql.ts';
import { Content } from './Content.ts';
import { Course } from './Course.ts';
import { LearningPath } from './LearningPath.ts';
import { City, LiveSession } from './Live.ts';
import { Mutation } from './Mutation.ts';
import { ContentProgress, Learner } from './Progress.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Content,
  ContentProgress,
  Course,
  LearningPath,
  Learner,
  LiveSession,
  City,
};

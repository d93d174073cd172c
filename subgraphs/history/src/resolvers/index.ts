import { DateTimeScalar } from '@baeumteo/server';
import type { Resolvers } from '../generated/graphql.ts';
import { Certificate } from './Certificate.ts';
import { Learner, LearningRecord, Transcript } from './Learner.ts';
import { Mutation } from './Mutation.ts';
import { CityLearningStats, ProvinceStats, Query } from './Query.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  CityLearningStats,
  ProvinceStats,
  Certificate,
  Learner,
  Transcript,
  LearningRecord,
};

import { DateTimeScalar } from '@baeumteo/server';
import { Certificate } from './Certificate.ts';
import { Learner, LearningRecord, Transcript } from './Learner.ts';
import { Mutation } from './Mutation.ts';
import { CityLearningStats, Query } from './Query.ts';

export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  CityLearningStats,
  Certificate,
  Learner,
  Transcript,
  LearningRecord,
};

import { DateTimeScalar } from '@baeumteo/server';
import { Certificate } from './Certificate.ts';
import { Learner, LearningRecord, Transcript } from './Learner.ts';
import { Query } from './Query.ts';

export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Certificate,
  Learner,
  Transcript,
  LearningRecord,
};

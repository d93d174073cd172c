import { DateTimeScalar } from '@baeumteo/server';
import type { Resolvers } from '../generated/graphql.ts';
import { City } from './City.ts';
import { Course } from './Course.ts';
import { Enrollment } from './Enrollment.ts';
import { Learner } from './Learner.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Venue } from './Venue.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  City,
  Course,
  Enrollment,
  Learner,
  Venue,
};

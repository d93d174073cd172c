import { DateTimeScalar } from '@baeumteo/server';
import { City } from './City.ts';
import { Course } from './Course.ts';
import { Learner } from './Learner.ts';
import { Query } from './Query.ts';
import { Venue } from './Venue.ts';

export const resolvers = { DateTime: DateTimeScalar, Query, City, Course, Learner, Venue };

import { DateTimeScalar } from '@baeumteo/server';
import { City } from './City.ts';
import { Learner, Residence, RoleGrant } from './Learner.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

export const resolvers = { DateTime: DateTimeScalar, Query, Mutation, City, Learner, Residence, RoleGrant };

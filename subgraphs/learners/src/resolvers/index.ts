import { City } from './City.ts';
import { Query } from './Query.ts';

export const resolvers = { Query, City };

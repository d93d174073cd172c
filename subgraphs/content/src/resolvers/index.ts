import { Content } from './Content.ts';
import { Course } from './Course.ts';
import { LearningPath } from './LearningPath.ts';
import { Query } from './Query.ts';

export const resolvers = { Query, Content, Course, LearningPath };

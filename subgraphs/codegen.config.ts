// Resolver types per subgraph, from its own SDL: federation-aware (`__resolveReference`, keys),
// typed by its Context, with parents mapped to the rows (or shapes) its resolvers really return.
// Enums are string unions, what the code writes ('OPEN'); a database enum's values are checked
// against them (`enumValues` in @baeumteo/server/columns).
import type { CodegenConfig } from '@graphql-codegen/cli';

type Generates = NonNullable<CodegenConfig['generates']>;

/** Each subgraph's GraphQL types mapped to a `module#Type`, relative to src/generated/. */
const mappers: Record<string, Record<string, string>> = {
  learners: {
    City: '../db/schema.ts#CityRow',
    Learner: '../resolvers/parents.ts#LearnerParent',
    Residence: '../db/schema.ts#ResidenceRow',
    RoleGrant: '../resolvers/parents.ts#RoleGrantParent',
    AccessLogEntry: '../db/schema.ts#AccessLogRow',
  },
  courses: {
    AccessLogEntry: '../db/schema.ts#AccessLogRow',
    City: '../resolvers/parents.ts#CityRef',
    Course: '../db/schema.ts#CourseRow',
    ClassSession: '../db/schema.ts#ClassSessionRow',
    CourseMessage: '../db/schema.ts#CourseMessageRow',
    Enrollment: '../db/schema.ts#EnrollmentRow',
    Learner: '../resolvers/parents.ts#LearnerRef',
    Venue: '../db/schema.ts#VenueRow',
  },
  content: {
    City: '../resolvers/parents.ts#CityRef',
    Content: '../db/schema.ts#ContentRow',
    ContentProgress: '../db/schema.ts#ContentProgressRow',
    Course: '../resolvers/parents.ts#CourseRef',
    LearningPath: '../db/schema.ts#LearningPathRow',
    Learner: '../resolvers/parents.ts#LearnerRef',
    LiveSession: '../db/schema.ts#LiveSessionRow',
  },
  history: {
    AccessLogEntry: '../db/schema.ts#AccessLogRow',
    Certificate: '../db/schema.ts#CertificateRow',
    City: '../resolvers/parents.ts#EntityRef',
    CategoryLearningStats: '../rules/stats.ts#CategoryStats',
    CityLearningStats: '../rules/stats.ts#CityStats',
    MonthLearningStats: '../rules/stats.ts#MonthStats',
    Content: '../resolvers/parents.ts#EntityRef',
    Course: '../resolvers/parents.ts#EntityRef',
    Learner: '../resolvers/parents.ts#EntityRef',
    LearningRecord: '../db/schema.ts#LearningRecordRow',
    ProvinceStats: '../operations/provinceStats.ts#ProvinceStatsTable',
    Transcript: '../resolvers/parents.ts#TranscriptParent',
  },
  notifications: {
    Course: '../resolvers/parents.ts#CourseRef',
    DeadNotification: '../repo/deliveries.ts#DeadLetterRow',
    Learner: '../resolvers/parents.ts#LearnerRef',
    Notification: '../db/schema.ts#NotificationRow',
  },
};

export const subgraphTargets: Generates = Object.fromEntries(
  Object.entries(mappers).map(([name, typeMappers]) => [
    `subgraphs/${name}/src/generated/graphql.ts`,
    {
      schema: ['subgraphs/federation.graphql', `subgraphs/${name}/schema.graphql`],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        contextType: '../context.ts#Context',
        mappers: typeMappers,
        scalars: { DateTime: 'Date', ID: 'string', _FieldSet: 'string' },
        strictScalars: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        avoidOptionals: false,
      },
    },
  ]),
);

// Where each service listens by default, and the variables that point elsewhere: the platform's
// topology, in one place (each process's env.ts reads the variables; the supergraph names the
// default subgraph URLs).
export const services = {
  gateway: { port: 4000, portVariable: 'GATEWAY_PORT' },
  learners: { port: 4001, portVariable: 'LEARNERS_PORT', urlVariable: 'LEARNERS_URL' },
  courses: { port: 4002, portVariable: 'COURSES_PORT', urlVariable: 'COURSES_URL' },
  content: { port: 4003, portVariable: 'CONTENT_PORT', urlVariable: 'CONTENT_URL' },
  history: { port: 4004, portVariable: 'HISTORY_PORT', urlVariable: 'HISTORY_URL' },
  notifications: { port: 4005, portVariable: 'NOTIFICATIONS_PORT', urlVariable: 'NOTIFICATIONS_URL' },
} as const;

export type SubgraphName = Exclude<keyof typeof services, 'gateway'>;

export const subgraphNames: readonly SubgraphName[] = [
  'learners',
  'courses',
  'content',
  'history',
  'notifications',
];

/** A service's GraphQL endpoint on this machine, at its default port. */
export const defaultGraphqlUrl = (name: keyof typeof services) =>
  `http://localhost:${services[name].port}/graphql`;

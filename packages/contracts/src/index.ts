// Where Baeumteo's services meet outside GraphQL. Logic-free: types, runtime schemas, table
// shapes and thin client/handler pairs; the rules that act on them live in the services.
export * from './events/notices.ts';
export * from './events/stream.ts';
export * from './http/downloads.ts';
export * from './http/endpoint.ts';
export * from './http/events.ts';
export * from './http/finishedContents.ts';
export * from './http/notices.ts';
export * from './http/sessions.ts';
export * from './outbox.ts';
export * from './reference/categories.ts';
export * from './reference/cities.ts';
export * from './reference/locales.ts';
export * from './services.ts';

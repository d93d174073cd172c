// Where Baeumteo's services meet outside GraphQL. Logic-free: types, runtime schemas, table
// shapes and thin client/handler pairs; the rules that act on them live in the services.
export * from './reference/categories.ts';
export * from './reference/cities.ts';
export * from './reference/locales.ts';

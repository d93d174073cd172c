/// <reference types="vite/client" />

/** The city id this build is for (from the `CITY` env variable at build/dev time; default `suwon`). */
declare const __CITY__: string;
/** The GraphQL gateway endpoint (from the `GRAPHQL_URL` env variable; default `http://localhost:4000/graphql`). */
declare const __GRAPHQL_URL__: string;

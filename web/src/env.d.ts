/// <reference types="vite/client" />

/** The GraphQL gateway endpoint set at build time (`GRAPHQL_URL`); a runtime config.json may override it. */
declare const __GRAPHQL_URL__: string;

declare module 'virtual:city-theme' {
  import type { SiteTheme } from './theme/types';
  export const theme: SiteTheme;
}

declare module 'virtual:city-theme.css';

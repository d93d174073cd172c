export { contentSecurityPolicy, securityHeaders } from './headers.ts';
export { type SiteServer, SiteServerError, type SiteServerOptions, startSiteServer } from './server.ts';

import type { CorrelatedContext } from '@baeumteo/server';

/** What the gateway knows of a request. */
export type GatewayContext = CorrelatedContext;

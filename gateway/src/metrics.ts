// The gateway's Prometheus registry: one for whichever engine serves the supergraph (gateway.ts,
// or Hive Gateway in gateway/hive), so that both export the same series under service="gateway".
import { type ServiceMetrics, serviceMetrics } from '@baeumteo/server';

export const gatewayMetrics = (): ServiceMetrics => serviceMetrics('gateway');

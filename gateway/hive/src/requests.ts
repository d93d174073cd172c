// Which HTTP requests reach GraphQL: a POST must carry JSON, as our Apollo gateway requires. Yoga
// would also run a form post or an application/graphql body; a form is what a cross-site page can
// send without asking first, and the two gateways should refuse the same requests.
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError } from 'graphql';

export function useJsonBodies(): GatewayPlugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type')?.toLowerCase() ?? '';
      if (type.startsWith('application/json')) return;
      throw new GraphQLError('A POST request must carry a JSON body (content-type: application/json).', {
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      });
    },
  };
}

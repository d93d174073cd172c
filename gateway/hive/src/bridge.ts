// Hive Gateway behind the platform's own HTTP front (packages/server http.ts), so that both gateways
// share one body limit, CORS policy, request deadline, correlation id, /health, /ready, JWKS,
// downloads and graceful drain. serveHttp hands a GraphQL request on as Apollo Server's
// HTTPGraphQLRequest; this turns it into the fetch Request Hive's runtime takes, and its Response back.
import type { IncomingMessage } from 'node:http';
import type { ServeOptions } from '@baeumteo/server';
import type { GatewayRuntime } from '@graphql-hive/gateway';

/** What Hive's runtime receives with each request besides it: the Node request and its correlation id. */
export interface IncomingContext {
  incoming: IncomingMessage;
  correlationId: string;
}

type Front = ServeOptions<IncomingContext>['apollo'];
type HttpRequest = Parameters<Front['executeHTTPGraphQLRequest']>[0];
type HttpResponse = Awaited<ReturnType<Front['executeHTTPGraphQLRequest']>>;

/** Headers that describe the body serveHttp already read: the body is sent again as parsed. */
const bodyFraming = new Set(['content-length', 'transfer-encoding', 'connection', 'host']);

function requestFor(graphqlPath: string, { httpGraphQLRequest: http }: HttpRequest): Request {
  const headers = new Headers();
  for (const [name, value] of http.headers) if (!bodyFraming.has(name)) headers.set(name, value);
  const hasBody = http.method !== 'GET' && http.method !== 'HEAD' && http.body !== undefined;
  return new Request(`http://gateway${graphqlPath}${http.search}`, {
    method: http.method,
    headers,
    ...(hasBody ? { body: typeof http.body === 'string' ? http.body : JSON.stringify(http.body) } : {}),
  });
}

/** The runtime in the shape serveHttp calls: `executeHTTPGraphQLRequest` and `stop`. */
export function asHttpFront(runtime: GatewayRuntime<IncomingContext>, graphqlPath = '/graphql'): Front {
  return {
    async executeHTTPGraphQLRequest(request: HttpRequest): Promise<HttpResponse> {
      const serverContext = await request.context();
      const response = await runtime.handleRequest(requestFor(graphqlPath, request), serverContext);
      // A Map is all serveHttp reads of Apollo's HeaderMap (a Map with a type-only brand), keyed
      // in lower case as HeaderMap is: Hive's Headers keep the case they were written in.
      const headers = new Map<string, string>();
      response.headers.forEach((value, name) => {
        headers.set(name.toLowerCase(), value);
      });
      return {
        status: response.status,
        headers: headers as HttpResponse['headers'],
        body: { kind: 'complete', string: await response.text() },
      };
    },
    stop: async () => {
      await runtime.dispose();
    },
  };
}

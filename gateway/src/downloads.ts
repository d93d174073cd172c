// GET /downloads/...: files that history serves (certificate PDFs, the statistics CSV), passed on
// with the caller verified here and signed for history, as GraphQL requests are.
import { type Downloads, type FileResponse, jsonResponse } from '@baeumteo/server';
import { createGatewayContext, type VerifyToken } from './context.ts';
import { subgraphHeaders } from './dataSource.ts';

const passedHeaders = ['content-type', 'content-disposition', 'cache-control'];

export function downloadsProxy(options: {
  /** history's GraphQL URL; downloads live beside it. */
  historyUrl: string;
  secret: string;
  verify: VerifyToken;
  timeoutMs: number;
}): Downloads {
  return {
    prefix: '/downloads/',
    guarded: false,
    handler: async (req, url, correlationId): Promise<FileResponse> => {
      let context: Awaited<ReturnType<typeof createGatewayContext>>;
      try {
        context = await createGatewayContext(req, correlationId, options.verify);
      } catch {
        return jsonResponse(401, {
          error: 'The access token is not valid. Sign in again.',
          code: 'UNAUTHENTICATED',
          correlationId,
        });
      }
      const target = new URL(url.pathname + url.search, options.historyUrl);
      const headers = subgraphHeaders(context, options.secret);
      try {
        const response = await fetch(target, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
        const passed: Record<string, string> = {};
        for (const name of passedHeaders) {
          const value = response.headers.get(name);
          if (value) passed[name] = value;
        }
        return {
          status: response.status,
          headers: passed,
          body: new Uint8Array(await response.arrayBuffer()),
        };
      } catch {
        return jsonResponse(503, {
          error: 'Downloads are not available right now. Try again shortly.',
          code: 'SERVICE_UNAVAILABLE',
          correlationId,
        });
      }
    },
  };
}

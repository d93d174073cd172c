// GET /downloads/...: files a subgraph serves (the contracts' `downloads`: certificate PDFs, the
// statistics CSV), passed on with the caller verified here, signed for their owner as GraphQL requests are.
import { downloads } from '@baeumteo/contracts';
import { type Downloads, type FileResponse, jsonResponse, type ServiceSigner } from '@baeumteo/server';
import { createGatewayContext, type VerifyToken } from './context.ts';
import type { AddressOf } from './identity.ts';
import { signFor } from './signing.ts';

const passedHeaders = ['content-type', 'content-disposition', 'cache-control'];

export function downloadsProxy(options: {
  /** The GraphQL URL of the downloads' owner; they live beside it. */
  ownerUrl: string;
  signer: ServiceSigner<'gateway'>;
  verify: VerifyToken;
  addressOf?: AddressOf;
  timeoutMs: number;
}): Downloads {
  return {
    prefix: downloads.prefix,
    guarded: false,
    handler: async (req, url, correlationId): Promise<FileResponse> => {
      let context: Awaited<ReturnType<typeof createGatewayContext>>;
      try {
        context = await createGatewayContext(req, correlationId, options.verify, options.addressOf);
      } catch {
        return jsonResponse(401, {
          error: 'The access token is not valid. Sign in again.',
          code: 'UNAUTHENTICATED',
          correlationId,
        });
      }
      const target = new URL(url.pathname + url.search, options.ownerUrl);
      const path = target.pathname + target.search;
      const headers = await signFor(
        options.signer,
        downloads.owner,
        { method: 'GET', path, body: '' },
        context,
      );
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

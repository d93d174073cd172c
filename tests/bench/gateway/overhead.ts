// The gateway's own cost per call: one connection, one request at a time, the same one-subgraph
// operation through a gateway and directly to the subgraph (signed as the gateway signs), timed by
// the same client; alternating blocks, p50 of each side.

import { signFor } from '@baeumteo/gateway/signing';
import { privateKeysOf, serviceSigner } from '@baeumteo/server';
import { percentile } from '../report.ts';

export interface Overhead {
  gatewayP50Ms: number;
  directP50Ms: number;
  overheadP50Ms: number;
}

const time = async (call: () => Promise<Response>): Promise<number> => {
  const started = performance.now();
  const response = await call();
  const text = await response.text();
  if (!response.ok || text.includes('"errors"'))
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return performance.now() - started;
};

export async function measureOverhead(
  env: Record<string, string>,
  gatewayUrl: string,
  subgraph: { name: string; url: string },
  body: string,
  options: { requests: number; blocks: number },
): Promise<Overhead> {
  const signer = serviceSigner('gateway', privateKeysOf(env, ['gateway'], false).gateway);
  const target = new URL(subgraph.url);
  const json = { 'content-type': 'application/json' };
  const viaGateway: number[] = [];
  const direct: number[] = [];
  const perBlock = Math.ceil(options.requests / options.blocks);
  for (let block = 0; block < options.blocks; block++) {
    for (let i = 0; i < perBlock; i++) {
      viaGateway.push(await time(() => fetch(gatewayUrl, { method: 'POST', headers: json, body })));
    }
    for (let i = 0; i < perBlock; i++) {
      const proof = await signFor(signer, subgraph.name, { method: 'POST', path: target.pathname, body });
      direct.push(await time(() => fetch(target, { method: 'POST', headers: { ...json, ...proof }, body })));
    }
  }
  const p50 = (samples: number[]) =>
    percentile(
      [...samples].sort((a, b) => a - b),
      50,
    );
  const gatewayP50Ms = p50(viaGateway);
  const directP50Ms = p50(direct);
  return { gatewayP50Ms, directP50Ms, overheadP50Ms: gatewayP50Ms - directP50Ms };
}

// The only file of the gateway that reads process.env.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { services, subgraphNames } from '@baeumteo/contracts';
import {
  gatewaySecretOf,
  publicJwks,
  readPort,
  readPositiveInt,
  signingKeysOf,
  workspaceRoot,
} from '@baeumteo/server';

function subgraphUrls(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const url = env[services[name].urlVariable];
    if (url) urls[name] = url;
  }
  return urls;
}

export const env = {
  port: readPort(process.env, services.gateway.portVariable, services.gateway.port),
  host: process.env.HOST || '127.0.0.1',
  secret: gatewaySecretOf(process.env),
  supergraphSdl: readFileSync(
    process.env.SUPERGRAPH_PATH || join(workspaceRoot, 'schema/supergraph.graphql'),
    'utf8',
  ),
  /** Overrides of the subgraph URLs written in the supergraph, e.g. COURSES_URL. */
  subgraphUrls: subgraphUrls(process.env),
  subgraphTimeoutMs: readPositiveInt(process.env, 'BAEUMTEO_SUBGRAPH_TIMEOUT_MS', 10_000),
  publicKeys: publicJwks(signingKeysOf(process.env)).keys,
};

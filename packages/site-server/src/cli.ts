// `pnpm serve:web --root web/dist/siheung --port 5173 [--base /learn/] [--graphql-url URL]`:
// one built city site, served as in production. Ctrl+C (or SIGTERM) stops it.
import { parseArgs } from 'node:util';
import { SiteServerError, startSiteServer } from './server.ts';

const usage = `Usage: serve:web --root <dir> [--port 5173] [--host 127.0.0.1] [--base /] [--graphql-url URL] [--no-hsts] [--quiet]
  --root         a built city site (CITY=<id> pnpm build writes web/dist/<id>/)
  --base         the BASE_PATH the site was built with
  --graphql-url  the API: served as config.json when the build has none, and allowed by the CSP
                 (without it, a build whose GRAPHQL_URL is on another origin is blocked by connect-src)
  --no-hsts      plain http (a local run): no HSTS, no upgrade-insecure-requests
  --quiet        no access log`;

function fail(message: string): never {
  process.stderr.write(`serve:web: ${message}\n\n${usage}\n`);
  process.exit(1);
}

let values: ReturnType<typeof parse>['values'];
function parse() {
  return parseArgs({
    options: {
      root: { type: 'string' },
      port: { type: 'string', default: '5173' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '/' },
      'graphql-url': { type: 'string' },
      'no-hsts': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}
try {
  values = parse().values;
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (!values.root) fail('--root is required');
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  fail(`--port must be a port number; got "${values.port}"`);

try {
  const site = await startSiteServer({
    root: values.root,
    port,
    host: values.host,
    basePath: values.base,
    graphqlUrl: values['graphql-url'],
    hsts: !values['no-hsts'],
    log: values.quiet ? false : undefined,
  });
  process.stderr.write(`serve:web: ${values.root} at ${site.url}\n`);
  if (!values['graphql-url'])
    process.stderr.write(
      "serve:web: no --graphql-url: the build's own GRAPHQL_URL must be on this origin (CSP connect-src 'self')\n",
    );
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof SiteServerError) fail(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`port ${port} is in use`);
  throw error;
}

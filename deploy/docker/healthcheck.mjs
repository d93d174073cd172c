// The images' HEALTHCHECK: GET /health on this container's own port, with Node's fetch (the slim
// images have no curl or wget). Run as `node healthcheck.mjs <PORT_VARIABLE> <default port>`,
// so a port moved with e.g. COURSES_PORT is still the one asked. Exit 0 when it answers 2xx.
const [variable, fallback] = process.argv.slice(2);
const port = (variable && process.env[variable]) || fallback;
try {
  const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}

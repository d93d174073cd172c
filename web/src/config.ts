// Where the API is: set at build time (GRAPHQL_URL), or at deploy time by a config.json next to
// index.html ({"graphqlUrl": "https://api.example.kr/graphql"}), so one build serves any host.

export interface RuntimeConfig {
  graphqlUrl: string;
}

/** Courses fetched per "Show more". */
export const PAGE_SIZE = 24;

function validUrl(value: unknown): value is string {
  return typeof value === 'string' && /^(https?:\/\/|\/)[^\s]*$/.test(value);
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const fallback: RuntimeConfig = { graphqlUrl: __GRAPHQL_URL__ };
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-cache' });
    if (!response.ok) return fallback;
    const body: unknown = await response.json();
    const url = body && typeof body === 'object' ? (body as Record<string, unknown>).graphqlUrl : undefined;
    if (url === undefined) return fallback;
    if (!validUrl(url)) {
      console.error(
        'config.json: graphqlUrl must be an http(s) URL or an absolute path; using the built-in one',
      );
      return fallback;
    }
    return { graphqlUrl: url };
  } catch {
    return fallback; // no config.json (or not JSON): the build-time URL
  }
}

/**
 * The address of a path the gateway serves (e.g. a certificate's `pdfPath`), next to its GraphQL
 * endpoint. `graphqlUrl` may be absolute or, behind a proxy, a path on this site (`/graphql`).
 */
export function gatewayUrl(path: string, graphqlUrl: string, pageUrl: string): string {
  return new URL(path, new URL(graphqlUrl, pageUrl)).toString();
}

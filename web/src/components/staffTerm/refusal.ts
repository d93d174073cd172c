import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The API's own words for a refusal (the first error's message), e.g. "Only a DRAFT course can be
 * published; this one is OPEN." The API writes them in English; the page shows them next to its
 * own explanation so that staff see exactly why.
 */
export function apiMessageOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const message = error.errors[0]?.message?.trim();
  return message ? message : undefined;
}

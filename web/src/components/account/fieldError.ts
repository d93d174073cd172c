import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** An answer that refused one field of a form: BAD_USER_INPUT, or CONFLICT for a taken email. */
export interface FieldError {
  /** The API's name of the field, e.g. "input.email", "newPassword". */
  field: string;
  code: string;
}

/** The field an API error points at (`extensions.field`), if any. */
export function fieldErrorOf(error: unknown): FieldError | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    const code = e.extensions?.code;
    if (typeof field === 'string' && typeof code === 'string') return { field, code };
  }
  return undefined;
}

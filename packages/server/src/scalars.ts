// DateTime: RFC 3339 with an offset. Served in Korea time (+09:00), read with any offset.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const kstOffsetMs = 9 * 60 * 60 * 1000;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export function toKoreaTime(date: Date): string {
  const shifted = new Date(date.getTime() + kstOffsetMs).toISOString();
  return `${shifted.slice(0, 19)}+09:00`;
}

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !rfc3339.test(value)) {
    throw new GraphQLError(
      'DateTime must be an RFC 3339 date-time with an offset, e.g. 2026-03-02T10:00:00+09:00',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`"${value}" is not a real date-time`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'RFC 3339 date-time with offset, e.g. 2026-03-02T10:00:00+09:00',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return toKoreaTime(date);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});

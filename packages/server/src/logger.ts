// Structured JSON-lines logging (pino). Internals (SQL, stacks, hosts) go here, never to clients;
// personal data and secrets never go anywhere: fields that can hold them are redacted by name,
// and free text (error messages, causes) is scrubbed of email addresses, bearer tokens and the
// parameters a failed query echoes. `pnpm dev` asks for pretty lines (BAEUMTEO_LOG_PRETTY); they go
// through the same redaction and scrubbing, and never happen in production.
import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { logLevelOf } from './env.ts';
import { logPrettyOf } from './envSchema.ts';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Field names that can carry personal data or secrets, at the top level or one level down. */
const sensitive = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'email',
  'variables',
  'token',
  'refreshToken',
  'authorization',
  'cookie',
  'secret',
  'privateKey',
  'd',
  'name',
  'displayName',
  'phone',
  'body',
];
const redactPaths = sensitive.flatMap((field) => [field, `*.${field}`]);

const emailPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const bearerPattern = /\b(Bearer\s+)[\w.~+/=-]+/gi;
const jwtPattern = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;
// drizzle's "Failed query: <sql>\nparams: <values>" repeats the values a statement was given.
const paramsPattern = /(params:)[^\n]*/gi;

/** Free text as it may be logged: no email address, token or query parameter survives. */
export function scrubText(text: string): string {
  return text
    .replace(paramsPattern, '$1 [redacted]')
    .replace(bearerPattern, '$1[redacted]')
    .replace(jwtPattern, '[token]')
    .replace(emailPattern, '[email]');
}

function scrubFields(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!fields) return {};
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields))
    clean[key] = typeof value === 'string' ? scrubText(value) : value;
  return clean;
}

let destination: DestinationStream | undefined;
let root: pino.Logger | undefined;

/**
 * Where lines go unless a test chose: stdout, as JSON, or pretty for a developer's terminal. JSON
 * is written asynchronously (what accumulates during one write goes in the next): a synchronous
 * write per line cost a busy service several per cent of its CPU. Lines still pending when the
 * process exits are flushed then (pino registers the flush on exit).
 */
function standardOutput(): DestinationStream {
  if (!logPrettyOf(process.env)) return pino.destination({ fd: 1, sync: false });
  // One line each: `pnpm dev` prefixes every line with the process's name.
  return pretty({
    sync: true,
    singleLine: true,
    messageKey: 'message',
    translateTime: 'SYS:HH:MM:ss.l',
    // Our `error` fields are scrubbed text, shown inline like any other field.
    errorLikeObjectKeys: [],
  });
}

function rootLogger(): pino.Logger {
  root ??= pino(
    {
      level: logLevelOf(process.env),
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    destination ?? standardOutput(),
  );
  return root;
}

/** Tests send every logger's lines to a stream of their own (before the first line is written). */
export function setLogDestination(stream: DestinationStream, level = 'debug'): void {
  destination = stream;
  root = undefined;
  rootLogger().level = level;
}

export function createLogger(service: string): Logger {
  // Each call resolves the root lazily, so a destination set by a test applies to every logger.
  const write = (
    level: 'debug' | 'info' | 'warn' | 'error',
    message: string,
    fields?: Record<string, unknown>,
  ) => rootLogger()[level]({ service, ...scrubFields(fields) }, scrubText(message));
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

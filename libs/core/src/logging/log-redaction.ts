import { isPlainObject } from '../validation/storable-text';

/**
 * What an error may say in a log line. Errors from the database driver and from TypeORM
 * carry the query's parameters, the offending row (`detail`, `where`) and quoted input
 * values in their message: a failed export would log the whole decrypted export. Only
 * the error's kind, code, schema names and stack frames are kept; anything quoted in a
 * message is redacted unless it is one of the schema names the error itself reports.
 */
export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  /** SQLSTATE, a Node system error code, or a GraphQL extensions code. */
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  dataType?: string;
  routine?: string;
  cause?: LoggedError;
  errors?: LoggedError[];
}

const REDACTED = '[redacted]';
const SCHEMA_NAMES = ['table', 'column', 'constraint', 'dataType', 'routine', 'schema'] as const;
const MAX_DEPTH = 3;
const QUOTED = /"[^"]*"/g;

function stringField(source: object, key: string): string | undefined {
  const value: unknown = (source as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The error TypeORM wraps, whose fields name the schema objects involved. */
function driverErrorOf(error: Error): object {
  const driverError: unknown = (error as { driverError?: unknown }).driverError;
  return typeof driverError === 'object' && driverError !== null ? driverError : error;
}

/**
 * Redacts every double-quoted span except the names given. Database messages quote the
 * offending value (`invalid input syntax for type uuid: "…"`); a value may itself hold
 * quotes, so from the first span that is not a known name to the last quote, all goes.
 */
export function redactQuoted(text: string, keep: ReadonlySet<string> = new Set()): string {
  for (const match of text.matchAll(QUOTED)) {
    if (keep.has(match[0].slice(1, -1))) continue;
    return `${text.slice(0, match.index)}"${REDACTED}"${text.slice(text.lastIndexOf('"') + 1)}`;
  }
  return text;
}

function stackFrames(stack: string | undefined): string {
  if (!stack) return '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

/** A log-safe copy of an error: see {@link LoggedError}. */
export function loggableError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: typeof error === 'string' ? redactQuoted(error) : REDACTED };
  }
  const source = driverErrorOf(error);
  const keep = new Set(SCHEMA_NAMES.map((key) => stringField(source, key)).filter((name): name is string => name !== undefined));
  const type = error.constructor.name === 'Error' ? error.name : error.constructor.name;
  const message = redactQuoted(error.message, keep);
  const frames = stackFrames(error.stack);
  const extensions: unknown = (error as { extensions?: unknown }).extensions;
  const code =
    stringField(source, 'code') ??
    stringField(error, 'code') ??
    (typeof extensions === 'object' && extensions !== null ? stringField(extensions, 'code') : undefined);
  const logged: LoggedError = { type, message, ...(frames ? { stack: `${type}: ${message}\n${frames}` } : {}), ...(code ? { code } : {}) };
  for (const key of SCHEMA_NAMES) {
    const name = stringField(source, key);
    if (name && key !== 'schema') logged[key] = name;
  }
  if (depth < MAX_DEPTH) {
    if (error.cause !== undefined) logged.cause = loggableError(error.cause, depth + 1);
    if (error instanceof AggregateError) logged.errors = error.errors.slice(0, 5).map((inner: unknown) => loggableError(inner, depth + 1));
  }
  return logged;
}

/**
 * Replaces every error found in a log line's fields (under any key, in nested plain
 * objects and arrays) with its log-safe copy, so no call site can log a raw error.
 */
export function withLoggableErrors(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) copy[key] = loggableValue(value, depth);
  return copy;
}

function loggableValue(value: unknown, depth: number): unknown {
  if (value instanceof Error) return loggableError(value);
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => loggableValue(item, depth + 1));
  if (isPlainObject(value)) return withLoggableErrors(value, depth + 1);
  return value;
}

interface LoggableRequest {
  method?: string;
  url?: string;
  ip?: string;
  host?: string;
}

/** Fastify's request fields without the query string: a URL may carry personal data. */
export function loggableRequest(request: LoggableRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url?.split('?')[0],
    host: request.host,
    remoteAddress: request.ip,
  };
}

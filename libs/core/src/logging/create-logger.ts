import pino, { type DestinationStream, type LogFn, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../config/app-config';
import { loggableError, loggableRequest, withLoggableErrors } from './log-redaction';

/**
 * Paths that may carry secrets or personal content. Logs are structured, and these are
 * censored wherever they appear so a careless log call cannot leak them.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.content',
  '*.body',
  '*.text',
  '*.note',
  'variables',
  'query',
];

function errorField(fields: unknown): Error | undefined {
  const err: unknown = typeof fields === 'object' && fields !== null ? (fields as { err?: unknown }).err : undefined;
  return err instanceof Error ? err : undefined;
}

/**
 * In development a person reads the log in a terminal; everywhere else a machine does
 * (log shippers in production, tests parsing lines), so only development is pretty.
 * Formatting runs on the line pino has already redacted and serialized.
 */
function outputFor(config: AppConfig, destination?: DestinationStream): DestinationStream | undefined {
  if (!config.isDevelopment) return destination;
  return pretty({
    destination: destination ?? 1,
    sync: true,
    colorize: destination === undefined && process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
}

/**
 * The process-wide structured logger: JSON lines, or readable lines in development. Every
 * error in a line, under any key, is reduced to its log-safe form (see log-redaction.ts):
 * query parameters, driver details and quoted values never reach the output.
 */
export function createLogger(config: AppConfig, processName: 'api' | 'worker' | 'migrate', destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { process: processName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      err: (value: unknown) => (value instanceof Error ? loggableError(value) : value),
      req: loggableRequest,
    },
    hooks: {
      // pino takes a line's message from a logged error's own message when none is given:
      // give it the redacted one instead.
      logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn) {
        const [first, ...rest] = args;
        const error = first instanceof Error ? first : errorField(first);
        if (!error || typeof rest[0] === 'string') return method.apply(this, args);
        const fields: object = first instanceof Error ? { err: first } : (first as object);
        return method.apply(this, [fields, loggableError(error).message, ...rest]);
      },
    },
    formatters: {
      level: (label: string) => ({ level: label }),
      log: (fields: Record<string, unknown>) => withLoggableErrors(fields),
    },
  };
  const output = outputFor(config, destination);
  return output ? pino(options, output) : pino(options);
}

import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

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

/** The process-wide structured (JSON) logger. */
export function createLogger(config: AppConfig, processName: 'api' | 'worker' | 'migrate'): Logger {
  return pino({
    level: config.logLevel,
    base: { process: processName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  });
}

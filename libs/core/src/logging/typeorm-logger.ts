import type { Logger } from 'pino';
import type { Logger as TypeormLoggerInterface } from 'typeorm';
import { redactQuoted } from './log-redaction';

/**
 * TypeORM's log calls, through the process logger. The query's parameters are never
 * written: they are what people typed, decrypted notes or a whole data export. A failed
 * query is a debug line only: the caller decides whether it was expected (a unique key
 * answered as CONFLICT) and an unexpected one is logged where it surfaces.
 */
export class TypeormLogger implements TypeormLoggerInterface {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    this.logger.trace({ sql: query }, 'query');
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: typeof error === 'string' ? new Error(error) : error, sql: query }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'warn' ? 'warn' : 'debug'](redactQuoted(String(message)));
  }
}

import { Writable } from 'node:stream';
import { QueryFailedError, type Logger as TypeormLoggerInterface } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createLogger } from './create-logger';
import { PinoNestLogger } from './pino-nest-logger';
import { TypeormLogger } from './typeorm-logger';

const MARKER = 'Zebra-Quokka-7731';

/** The process logger writing into memory: the lines as they would reach the log. */
function capturedLogger(environment: 'test' | 'development' = 'test') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger(AppConfig.fromEnvironment({ LOG_LEVEL: 'trace', NODE_ENV: environment }), 'api', destination);
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** What pg and TypeORM throw when PostgreSQL refuses a value: the value in the message, the row in the detail, everything in the parameters. */
function failedExport(): QueryFailedError {
  const driverError = Object.assign(new Error(`invalid input syntax for type uuid: "${MARKER}"`), {
    code: '22P02',
    severity: 'ERROR',
    detail: `Failing row contains (${MARKER}@example.org, ${MARKER} diary).`,
    where: `unnamed portal parameter $2 = '${MARKER}'`,
    table: 'data_exports',
    routine: 'string_to_uuid',
  });
  return new QueryFailedError('UPDATE "data_exports" SET "content" = $1 WHERE "id" = $2', [{ diary: `${MARKER} wrote this` }, MARKER], driverError);
}

describe('the process logger', () => {
  it('logs a database error by kind, code, table and stack, without its parameters, detail or quoted values', () => {
    const { logger, lines, parsed } = capturedLogger();
    logger.warn({ jobName: 'identity.build-export', err: failedExport() }, 'job failed');
    expect(lines.join('\n')).not.toContain(MARKER);
    expect(parsed()[0]).toMatchObject({
      msg: 'job failed',
      err: {
        type: 'QueryFailedError',
        message: 'invalid input syntax for type uuid: "[redacted]"',
        code: '22P02',
        table: 'data_exports',
        routine: 'string_to_uuid',
        stack: expect.stringMatching(/^QueryFailedError: invalid input syntax for type uuid: "\[redacted\]"\n\s+at /),
      },
    });
  });

  it('keeps the schema names a message quotes, and redacts the rest', () => {
    const { logger, parsed } = capturedLogger();
    const unique = Object.assign(new Error(`duplicate key value violates unique constraint "users_email_key" for "${MARKER}"`), {
      constraint: 'users_email_key',
    });
    logger.error({ err: unique });
    expect(parsed()[0]).toMatchObject({ msg: 'duplicate key value violates unique constraint "users_email_key" for "[redacted]"' });
  });

  it('redacts errors under any key, nested, and given alone', () => {
    const { logger, lines } = capturedLogger();
    logger.error(failedExport());
    logger.error({ outcome: { error: failedExport(), attempts: [failedExport()] } }, 'retries exhausted');
    logger.error({ err: new Error('wrapped', { cause: failedExport() }) });
    logger.error(new AggregateError([failedExport()], 'all attempts failed'));
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).not.toContain(MARKER);
  });

  it('writes no query string of a request URL', () => {
    const { logger, lines } = capturedLogger();
    logger.info({ req: { method: 'GET', url: `/graphql?query=${MARKER}`, ip: '192.0.2.1' } }, 'incoming request');
    expect(lines.join('\n')).not.toContain(MARKER);
    expect(lines[0]).toContain('"url":"/graphql"');
  });

  it('takes Nest’s and TypeORM’s lines through the same redaction', () => {
    const { logger, lines } = capturedLogger();
    const nest = new PinoNestLogger(logger);
    nest.error(failedExport(), 'ExceptionsHandler');
    nest.error(
      `invalid input syntax for type uuid: "${MARKER}"`,
      `Error: invalid input syntax for type uuid: "${MARKER}"\n    at x (y.js:1:1)`,
      'ExceptionsHandler',
    );
    // As TypeORM calls it: with the parameters, which must go nowhere.
    const typeorm: TypeormLoggerInterface = new TypeormLogger(logger);
    typeorm.logQuery('SELECT 1 WHERE "id" = $1', [MARKER]);
    typeorm.logQueryError(failedExport(), 'UPDATE "data_exports" SET "content" = $1', [MARKER]);
    typeorm.logQuerySlow(2500, 'SELECT 1 WHERE "id" = $1', [MARKER]);
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).not.toContain(MARKER);
  });

  it('writes readable lines in development, after the same redaction, and JSON lines elsewhere', () => {
    const development = capturedLogger('development');
    development.logger.warn(
      { jobName: 'identity.build-export', err: failedExport(), account: { password: MARKER }, req: { method: 'GET', url: `/graphql?query=${MARKER}` } },
      'job failed',
    );
    const text = development.lines.join('\n');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: job failed$/m);
    expect(text).toContain('process: "api"');
    expect(text).toContain('jobName: "identity.build-export"');
    expect(text).toContain('"[redacted]"');
    expect(text).not.toContain(MARKER);
    expect(() => JSON.parse(development.lines[0] ?? '')).toThrow();

    const test = capturedLogger('test');
    test.logger.warn({ jobName: 'identity.build-export' }, 'job failed');
    expect(test.parsed()[0]).toMatchObject({ level: 'warn', msg: 'job failed', process: 'api' });
  });
});

import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ConfigModule,
  createLogger,
  CryptoModule,
  DatabaseModule,
  EncryptedColumnRegistry,
  EventBusModule,
  FieldKeyRotation,
  KeyRotationModule,
  loadConfigOrExit,
  LoggingModule,
  QueueModule,
  RedisModule,
  type KeyRotationReport,
} from '@kindred/core';
import { SCHEMA_MIGRATIONS } from '@kindred/schema';
import { WORKER_DOMAIN_MODULES } from '@kindred/composition';

/** Exit code when rows are still sealed with an older key: the old key must stay configured. */
const ROWS_REMAINING = 2;

function summary(report: KeyRotationReport): string {
  const lines = [`Active key: ${report.activeKeyId}`];
  for (const column of report.columns) {
    lines.push(`${column.table}.${column.column}: ${column.reencrypted} re-encrypted, ${column.unreadable.length} unreadable, ${column.remaining} remaining`);
    for (const key of column.unreadable)
      lines.push(
        `  unreadable row: ${Object.entries(key)
          .map(([name, value]) => `${name}=${value}`)
          .join(' ')}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `npm run rotate-keys`: after a new key is put first in FIELD_ENCRYPTION_KEYS on every API and
 * worker copy, re-encrypts with it every ciphertext of every column a domain declared with
 * `@EncryptedColumns`. Prints counts and the keys of unreadable rows (never content); exits
 * non-zero while any row still needs an older key. Safe to run again, or twice at once.
 * It composes the worker's domains without its queue consumer, so it runs no jobs.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'worker');

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      LoggingModule.forRoot(logger),
      DatabaseModule.forRoot(config, 'worker', SCHEMA_MIGRATIONS),
      RedisModule.forRoot(config),
      QueueModule.forRoot(config),
      EventBusModule,
      CryptoModule,
      KeyRotationModule,
      ...WORKER_DOMAIN_MODULES,
    ],
  })
  class RotateKeysModule {}

  const app = await NestFactory.createApplicationContext(RotateKeysModule, { logger: false });
  try {
    const report = await app.get(FieldKeyRotation).rotate(app.get(EncryptedColumnRegistry).columns());
    process.stdout.write(summary(report));
    if (report.columns.some((column) => column.remaining > 0)) {
      process.stderr.write(
        'Some rows are not sealed with the active key yet (see above): keep the older keys configured, look into any unreadable rows, and run this again.\n',
      );
      process.exitCode = ROWS_REMAINING;
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not rotate keys: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * On SIGTERM or SIGINT Nest closes the app: the HTTP server stops accepting and finishes
 * in-flight requests, BullMQ workers finish their current job. If that takes longer than
 * the grace period, the process exits anyway rather than hang a deployment.
 */
export function enableGracefulShutdown(app: INestApplication, logger: Logger, graceMs: number): void {
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down gracefully');
      setTimeout(() => {
        logger.error({ graceMs }, 'graceful shutdown took too long; exiting');
        process.exit(1);
      }, graceMs).unref();
    });
  }
}

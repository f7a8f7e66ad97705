import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * On SIGTERM or SIGINT the app closes: the HTTP server stops accepting and finishes the
 * requests in flight, BullMQ workers finish their current job, connections are released;
 * then the process exits 0. If that takes longer than the grace period, it exits 1 rather
 * than hang a deployment.
 */
export function enableGracefulShutdown(app: INestApplication, logger: Logger, graceMs: number): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down gracefully');
    setTimeout(() => {
      logger.error({ graceMs }, 'graceful shutdown took too long; exiting');
      process.exit(1);
    }, graceMs).unref();
    app.close().then(
      () => {
        logger.info('shut down');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

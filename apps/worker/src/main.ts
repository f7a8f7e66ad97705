import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpAdapter, createLogger, enableGracefulShutdown, KindredMetrics, loadConfigOrExit, PinoNestLogger } from '@kindred/core';
import { WorkerModule } from './worker.module';

/** The worker runs BullMQ processors; its HTTP surface is /health/live and /health/ready, and /metrics on its own port. */
async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'worker');
  try {
    const app = await NestFactory.create<NestFastifyApplication>(WorkerModule.forRoot(config, logger), createHttpAdapter(logger, config), {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
    enableGracefulShutdown(app, logger, config.shutdownGraceMs);
    await app.listen(config.workerPort, config.host);
    const metricsPort = await app.get(KindredMetrics).serve(config.host, config.metricsPorts.worker);
    logger.info({ port: config.workerPort, metricsPort }, 'Kindred worker ready');
  } catch (error) {
    logger.fatal({ err: error }, 'Kindred worker could not start');
    process.exit(1);
  }
}

void bootstrap();

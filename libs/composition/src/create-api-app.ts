import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppConfig, applyHttpHardening, createHttpAdapter, PinoNestLogger } from '@kindred/core';
import { mountQueueDashboard } from '@kindred/operations';
import { AppModule } from './app.module';
import { serveGraphiql } from './explorer/graphiql';
import { serveWebApp } from './web-app/serve-web-app';

/** Builds the API application; main.ts listens on it, integration tests inject into it. */
export async function createApiApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), createHttpAdapter(logger, config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  applyHttpHardening(app);
  if (config.isDevelopment) serveGraphiql(app);
  mountQueueDashboard(app);
  await serveWebApp(app, config.webAppDir, logger);
  return app;
}

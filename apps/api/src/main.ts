import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createLogger, enableGracefulShutdown, GRAPHQL_PATH, KindredMetrics, loadConfigOrExit } from '@kindred/core';
import { createApiApp, DemoWorld, demoPersonasText, GRAPHIQL_PATH } from '@kindred/composition';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'api');
  try {
    const app = await createApiApp(config, logger);
    enableGracefulShutdown(app, logger, config.shutdownGraceMs);
    await app.listen(config.apiPort, config.host);
    // Apart from the public port, so only the scraper's network can read it.
    const metricsPort = await app.get(KindredMetrics).serve(config.host, config.metricsPorts.api);
    const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
    const base = `http://${shownHost}:${config.apiPort}`;
    if (config.demoWorldOnStart) {
      await new DemoWorld(app, logger).ensure();
      process.stdout.write(`${demoPersonasText(`${base}${GRAPHIQL_PATH}`, existsSync(config.webAppDir) ? `${base}/` : null)}\n`);
    }
    logger.info({ port: config.apiPort, metricsPort }, `Kindred API ready at ${base}${GRAPHQL_PATH}`);
  } catch (error) {
    logger.fatal({ err: error }, 'Kindred API could not start');
    process.exit(1);
  }
}

void bootstrap();

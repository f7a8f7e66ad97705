import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { createApiApp } from '@kindred/composition';

export interface TestApi {
  app: NestFastifyApplication;
  /** Its database and Redis prefix, e.g. for a worker on the same ones. */
  env: IntegrationEnvironment;
  /** Closes the app and drops its database. */
  stop(): Promise<void>;
}

/** The whole API on its own database copy and Redis prefix, ready for `app.inject`. */
export async function startTestApi(label: string, environment: Record<string, string> = {}): Promise<TestApi> {
  const env = await integrationEnvironment(label, environment);
  const app = await createApiApp(env.config, env.logger);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    env,
    stop: async () => {
      await app.close();
      await env.cleanup();
    },
  };
}

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { integrationEnvironment } from '@kindred/core/testing';
import { createApiApp } from '../create-api-app';

export interface TestApi {
  app: NestFastifyApplication;
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
    stop: async () => {
      await app.close();
      await env.cleanup();
    },
  };
}

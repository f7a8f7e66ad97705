import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GRAPHQL_PATH } from '../graphql/graphql-path';

/**
 * Response rules for personal data: nothing is cached by browsers or proxies, every
 * response names its request id, and GraphQL runs only over POST so no operation or
 * variable ever travels in a URL (where proxies and history would keep it).
 */
export function applyHttpHardening(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    const path = request.url.split('?')[0];
    if (path === GRAPHQL_PATH && request.method === 'GET') {
      await reply
        .code(405)
        .header('allow', 'POST')
        .send({
          errors: [
            {
              message: 'Please send GraphQL requests with POST, so that nothing personal travels in a URL.',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        });
    }
  });
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Fastify with the process logger and a request id per request: the caller's
 * x-request-id when it looks like one, a fresh UUID otherwise.
 */
export function createHttpAdapter(logger: Logger, options: { trustProxy: boolean }): FastifyAdapter {
  return new FastifyAdapter({
    loggerInstance: logger,
    // Behind a load balancer the client IP (used for rate limits) comes from X-Forwarded-For.
    trustProxy: options.trustProxy,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Keeps bodies small: GraphQL documents are limited further by token count.
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { limitConnectionsPerAddress } from './connection-limits';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Fastify with the process logger and a request id per request: the caller's
 * x-request-id when it looks like one, a fresh UUID otherwise.
 *
 * No info line per request: writing "incoming request" and "request completed" for every call
 * cost 5–15% of the API's CPU and told nothing the metrics do not. Refusals, errors and
 * warnings are still logged where they happen, with the request id; an answer that failed
 * outside GraphQL (5xx) gets a warning here.
 *
 * A client that opens a connection must send its headers, then its whole request, within
 * the configured times, and an idle keep-alive connection is closed; one address holds a
 * bounded number of connections. Without these, slow clients hold file descriptors forever.
 */
export function createHttpAdapter(logger: Logger, config: Pick<AppConfig, 'trustProxy' | 'httpTimeouts' | 'maxConnectionsPerAddress'>): FastifyAdapter {
  const { headersMs, requestMs, keepAliveMs } = config.httpTimeouts;
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    // Behind a load balancer the client IP (used for rate limits) comes from X-Forwarded-For.
    trustProxy: config.trustProxy,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Keeps bodies small: GraphQL documents are limited further by token count.
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    requestTimeout: requestMs,
    keepAliveTimeout: keepAliveMs,
    // Node looks for expired requests every 30 s by default, which would let a slow client
    // keep its connection for up to 30 s past its deadline.
    http: { headersTimeout: headersMs, requestTimeout: requestMs, connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersMs / 2))) },
  });
  adapter.getInstance().addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 500) logger.warn({ requestId: String(request.id), method: request.method, status: reply.statusCode }, 'request failed');
  });
  // Behind a trusted proxy every connection comes from the proxy, which enforces its own limits.
  if (!config.trustProxy) limitConnectionsPerAddress(adapter.getInstance().server, config.maxConnectionsPerAddress, logger);
  return adapter;
}

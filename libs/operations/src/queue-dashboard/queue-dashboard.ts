import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { JobQueue, QueueName } from '@kindred/core';
import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH, QueueDashboardAccess } from './queue-dashboard.service';

const REFUSAL = 'Only administrators can see the queues. Open the dashboard again from Kindred (openQueueDashboard) while signed in as an administrator.';

/** The only changes the dashboard may make: retrying failed jobs, one or all. Adding, emptying or obliterating a queue is refused. */
const CHANGES_ALLOWED = new Set([
  `${QUEUE_DASHBOARD_PATH}/api/queues/:queueName/retry/:queueStatus`,
  `${QUEUE_DASHBOARD_PATH}/api/queues/:queueName/:jobId/retry`,
]);
const CHANGE_REFUSAL = 'The queue dashboard only retries jobs. Other changes to the queues are made by operators, not from here.';

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Bull Board under /admin/queues, for administrators only: waiting, active, delayed and failed
 * jobs per queue, with retry. Job payloads carry ids only, so nothing personal shows. Entered
 * through a one-time link from openQueueDashboard; every request is checked again; the only
 * change allowed is a retry, and every one is audited.
 */
export function mountQueueDashboard(app: NestFastifyApplication): void {
  const access = app.get(QueueDashboardAccess, { strict: false });
  const jobs = app.get(JobQueue, { strict: false });
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name))), serverAdapter: board });

  const fastify = app.getHttpAdapter().getInstance();
  void fastify.register(
    async (scope) => {
      scope.get<{ Querystring: { link?: string } }>('/enter', async (request, reply) => {
        const visit = request.query.link ? await access.enter(request.query.link) : null;
        if (!visit) return reply.code(403).type('text/plain; charset=utf-8').send(REFUSAL);
        // Referrer-Policy keeps the spent link out of the next page's Referer.
        return reply.header('set-cookie', access.cookie(visit)).header('referrer-policy', 'no-referrer').redirect(`${QUEUE_DASHBOARD_PATH}/`, 303);
      });
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        if (request.routeOptions.url === `${QUEUE_DASHBOARD_PATH}/enter`) return;
        const visitor = await access.visitor(cookieOf(request, QUEUE_DASHBOARD_COOKIE));
        if (!visitor) return reply.code(403).type('text/plain; charset=utf-8').send(REFUSAL);
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          const route = request.routeOptions.url ?? 'unmatched';
          if (!CHANGES_ALLOWED.has(route)) return reply.code(403).type('text/plain; charset=utf-8').send(CHANGE_REFUSAL);
          await access.recordAction(visitor, request.method, route, String(request.id));
        }
      });
      await scope.register(board.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

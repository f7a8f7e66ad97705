import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Which process the series come from, as the `process` label Prometheus adds to each. */
export type MetricsProcess = 'api' | 'worker';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];

/**
 * One process's Prometheus series. Every label is drawn from a closed set (route patterns,
 * schema fields, error codes, catalogue job names), never from ids or anything a person typed,
 * so the number of series stays bounded and nothing personal leaves through them.
 */
@Injectable()
export class KindredMetrics implements OnModuleDestroy {
  readonly registry = new Registry();
  private server?: Server;

  readonly httpRequests = new Counter({
    name: 'kindred_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'kindred_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlOperations = new Counter({
    name: 'kindred_graphql_operations_total',
    help: 'GraphQL operations run, by type, first root field of the schema and transport (http or websocket)',
    labelNames: ['type', 'operation', 'transport'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'kindred_graphql_operation_duration_seconds',
    help: 'Time to run a GraphQL operation (a subscription: how long it was followed), by type, first root field and transport',
    labelNames: ['type', 'operation', 'transport'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'kindred_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by error code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly jobs = new Counter({
    name: 'kindred_jobs_total',
    help: 'Jobs run by the worker, by queue, job name and outcome (completed or failed)',
    labelNames: ['queue', 'job', 'state'] as const,
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'kindred_job_duration_seconds',
    help: 'Time a job took to run, by queue and job name',
    labelNames: ['queue', 'job'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'kindred_' });
  }

  /** A gauge whose values are read at scrape time, from the source that knows them. */
  observe<L extends string>(name: string, help: string, labelNames: readonly L[], read: (gauge: Gauge<L>) => void | Promise<void>): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        await read(this);
      },
    });
  }

  /** Serves GET /metrics on its own port, apart from the public one, so only the scraper's network reaches it. */
  async serve(host: string, port: number): Promise<number> {
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

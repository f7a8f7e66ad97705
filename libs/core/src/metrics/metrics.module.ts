import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { KindredMetrics } from './kindred-metrics';

/** Every answered HTTP request, labelled by its route pattern (never the path, which may hold ids). */
@Injectable()
class HttpMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: KindredMetrics,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    // A test's bare module has no HTTP server to measure.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      this.metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
      done();
    });
  }
}

/** The PostgreSQL pool: connections open, idle, and callers waiting for one. */
@Injectable()
class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: KindredMetrics,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    this.metrics.observe('kindred_db_pool_connections', 'PostgreSQL pool connections, by state (total, idle, waiting callers)', ['state'], (gauge) => {
      gauge.set({ state: 'total' }, pool.totalCount);
      gauge.set({ state: 'idle' }, pool.idleCount);
      gauge.set({ state: 'waiting' }, pool.waitingCount);
    });
  }
}

/** Prometheus series for the process that imports it; main.ts serves them on METRICS_PORT. */
@Global()
@Module({
  providers: [KindredMetrics, HttpMetrics, DatabasePoolMetrics],
  exports: [KindredMetrics],
})
export class MetricsModule {}

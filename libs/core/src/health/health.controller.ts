import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { READINESS_INDICATORS, type ReadinessIndicator } from './readiness-indicator';
import { RedisHealthIndicator } from './redis.health';

/**
 * Liveness says the process is running; readiness says it can serve, meaning PostgreSQL
 * and Redis both answer, and the process's own conditions hold. A 503 names what is not.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    @Inject(READINESS_INDICATORS) private readonly indicators: ReadinessIndicator[],
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.postgres.pingCheck('postgres', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
      ...this.indicators.map((indicator) => () => indicator.isHealthy()),
    ]);
  }
}

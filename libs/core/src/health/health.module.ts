import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { READINESS_INDICATORS, type ReadinessIndicator } from './readiness-indicator';
import { RedisHealthIndicator } from './redis.health';

/**
 * GET /health/live and GET /health/ready, for both processes. A process adds its own
 * readiness conditions (the worker: its job schedules) with the modules they need.
 */
@Module({})
export class HealthModule {
  static forRoot(options: { imports?: ModuleMetadata['imports']; indicators?: Type<ReadinessIndicator>[] } = {}): DynamicModule {
    const indicators = options.indicators ?? [];
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ...(options.imports ?? [])],
      controllers: [HealthController],
      providers: [
        RedisHealthIndicator,
        ...indicators,
        { provide: READINESS_INDICATORS, inject: indicators, useFactory: (...found: ReadinessIndicator[]) => found },
      ],
    };
  }
}

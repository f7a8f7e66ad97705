import type { HealthIndicatorResult } from '@nestjs/terminus';

/** A process-specific condition of readiness, beyond PostgreSQL and Redis answering. */
export interface ReadinessIndicator {
  /** Its name in the /health/ready answer. */
  readonly key: string;
  isHealthy(): Promise<HealthIndicatorResult>;
}

export const READINESS_INDICATORS = Symbol('READINESS_INDICATORS');

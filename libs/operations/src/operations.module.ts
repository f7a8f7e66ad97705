import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kindred/identity';
import { QueueDashboardResolver } from './queue-dashboard/queue-dashboard.resolver';
import { QueueDashboardAccess } from './queue-dashboard/queue-dashboard.service';
import { ServiceHealthResolver } from './service-health/service-health.resolver';
import { SystemCheck } from './system-checks/system-check.entity';
import { SystemChecksResolver } from './system-checks/system-checks.resolver';
import { SystemChecksService } from './system-checks/system-checks.service';

/** API side of operations: the GraphQL health probe, end-to-end system checks and the administrators' queue dashboard. */
@Module({
  imports: [TypeOrmModule.forFeature([SystemCheck]), IdentityModule],
  providers: [ServiceHealthResolver, SystemChecksService, SystemChecksResolver, QueueDashboardAccess, QueueDashboardResolver],
})
export class OperationsModule {}

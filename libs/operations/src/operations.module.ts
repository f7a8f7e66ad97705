import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceHealthResolver } from './service-health/service-health.resolver';
import { SystemCheck } from './system-checks/system-check.entity';
import { SystemChecksResolver } from './system-checks/system-checks.resolver';
import { SystemChecksService } from './system-checks/system-checks.service';

/** API side of operations: the GraphQL health probe and end-to-end system checks. */
@Module({
  imports: [TypeOrmModule.forFeature([SystemCheck])],
  providers: [ServiceHealthResolver, SystemChecksService, SystemChecksResolver],
})
export class OperationsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SystemCheck } from './system-checks/system-check.entity';
import { SystemCheckJobHandler } from './system-checks/system-check.job-handler';

/** Worker side of operations: completes system checks. */
@Module({
  imports: [TypeOrmModule.forFeature([SystemCheck])],
  providers: [SystemCheckJobHandler],
})
export class OperationsWorkerModule {}

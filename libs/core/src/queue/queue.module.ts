import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { AfterCommit } from '../database/after-commit';
import { ChangeStamps } from './change-stamps';
import { FINISHED_JOB_OPTIONS } from './job-catalogue';
import { JobQueue } from './job-queue.service';
import { OutboxMessage } from './outbox-message.entity';
import { Outbox } from './outbox.service';
import { QueueName } from './queue-name';

/** BullMQ producers, the outbox and the after-commit hook it sends jobs with, for both processes. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRoot({
          connection: { url: config.redisUrl, maxRetriesPerRequest: null },
          prefix: `${config.redisPrefix}-bull`,
        }),
        // Queue-wide, so the jobs of scheduled sweeps are removed in time too.
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name, defaultJobOptions: FINISHED_JOB_OPTIONS }))),
        TypeOrmModule.forFeature([OutboxMessage]),
      ],
      providers: [AfterCommit, JobQueue, Outbox, ChangeStamps],
      exports: [AfterCommit, JobQueue, Outbox, ChangeStamps, BullModule],
    };
  }
}

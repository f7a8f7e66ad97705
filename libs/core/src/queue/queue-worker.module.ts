import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDispatcher } from './job-dispatcher.processor';
import { JobSchedules } from './job-schedules';
import { OutboxRelayHandler } from './outbox-relay.handler';
import { PruneFinishedWorkHandler } from './prune-finished-work.handler';
import { QueueMetrics } from './queue-metrics';

/** Worker side of the queues: the dispatcher, the outbox relay, the repeatable schedules, the prune of finished work, and the queues' metrics. Needs QueueModule and MetricsModule. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobDispatcher, OutboxRelayHandler, JobSchedules, PruneFinishedWorkHandler, QueueMetrics],
  exports: [JobSchedules],
})
export class QueueWorkerModule {}

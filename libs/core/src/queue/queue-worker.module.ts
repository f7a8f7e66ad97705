import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDispatcher } from './job-dispatcher.processor';
import { JobSchedules } from './job-schedules';
import { OutboxRelayHandler } from './outbox-relay.handler';
import { PruneFinishedWorkHandler } from './prune-finished-work.handler';

/** Worker side of the queues: the dispatcher, the outbox relay, the repeatable schedules and the prune of finished work. Needs QueueModule. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobDispatcher, OutboxRelayHandler, JobSchedules, PruneFinishedWorkHandler],
  exports: [JobSchedules],
})
export class QueueWorkerModule {}

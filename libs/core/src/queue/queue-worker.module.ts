import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDispatcher } from './job-dispatcher.processor';
import { JobSchedules } from './job-schedules';
import { OutboxRelayHandler } from './outbox-relay.handler';

/** Worker side of the queues: the dispatcher, the outbox relay and the repeatable schedules. Needs QueueModule. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobDispatcher, OutboxRelayHandler, JobSchedules],
  exports: [JobSchedules],
})
export class QueueWorkerModule {}

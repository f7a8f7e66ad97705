import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDispatcher } from './job-dispatcher.processor';
import { OutboxRelayHandler } from './outbox-relay.handler';

/** Worker side of the queues: the dispatcher and the outbox relay. Needs QueueModule. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobDispatcher, OutboxRelayHandler],
})
export class QueueWorkerModule {}

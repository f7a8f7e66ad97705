import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { HandlesJob } from './job-handler.decorator';
import { Outbox } from './outbox.service';
import { QueueName } from './queue-name';

/** How long a message may wait for its request's own dispatch before the relay sends it. */
const RELAY_GRACE_MS = 5000;
const RELAY_EVERY_MS = 5000;

/** Worker side of the outbox: a repeatable job that enqueues messages left behind. */
@Injectable()
export class OutboxRelayHandler implements OnApplicationBootstrap {
  constructor(
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A job scheduler is stored in Redis by id, so many workers upserting it keep one.
    await this.jobs
      .queue(QueueName.Default)
      .upsertJobScheduler('outbox.relay', { every: RELAY_EVERY_MS }, { name: 'outbox.relay', data: {} });
  }

  @HandlesJob('outbox.relay')
  async relay(): Promise<{ relayed: number }> {
    return { relayed: await this.outbox.relayPending(RELAY_GRACE_MS) };
  }
}

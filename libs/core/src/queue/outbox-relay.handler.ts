import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { HandlesJob } from './job-handler.decorator';
import { Outbox } from './outbox.service';

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
    await this.jobs.schedule('outbox.relay', RELAY_EVERY_MS);
  }

  @HandlesJob('outbox.relay')
  async relay(): Promise<{ relayed: number }> {
    return { relayed: await this.outbox.relayPending(RELAY_GRACE_MS) };
  }
}

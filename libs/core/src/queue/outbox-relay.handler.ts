import { Injectable } from '@nestjs/common';
import { HandlesJob } from './job-handler.decorator';
import { Outbox } from './outbox.service';

/** How long a message may wait for its request's own dispatch before the relay sends it. */
const RELAY_GRACE_MS = 5000;
/**
 * How long after it was last handed to Redis an unfinished message is enqueued again, in case
 * Redis lost its job (an emptied Redis is noticed sooner: see JobSchedules). Longer than any
 * debounce, so a re-add never keeps pushing a debounced job back.
 */
const RELAY_RECHECK_MS = 60_000;

/** Worker side of the outbox: a repeatable job (see the catalogue) that enqueues messages left unfinished. */
@Injectable()
export class OutboxRelayHandler {
  constructor(private readonly outbox: Outbox) {}

  @HandlesJob('outbox.relay')
  async relay(): Promise<{ relayed: number }> {
    return { relayed: await this.outbox.relayUnfinished(RELAY_GRACE_MS, RELAY_RECHECK_MS) };
  }
}

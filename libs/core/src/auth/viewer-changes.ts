import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { EventBus } from '../pubsub/event-bus';

const TOPIC = 'auth.viewer-changed';

/** Someone whose sessions ended or whose roles were taken away. */
export interface ViewerChange {
  userId: string;
}

/**
 * Tells every API copy that a person's sessions or roles changed, so their live
 * connections are checked again at once instead of at their next event (a subscription
 * that hears nothing would otherwise outlive a sign-out).
 */
@Injectable()
export class ViewerChanges {
  constructor(
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Call once the change has committed. It never holds up or fails the change itself: if
   * Redis misses it, the check made before every live event still ends those subscriptions.
   */
  announce(userId: string): void {
    this.events.publish(TOPIC, { userId } satisfies ViewerChange).catch((error: unknown) => {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not announce a change of sessions or roles');
    });
  }

  listen(): Promise<AsyncIterableIterator<ViewerChange>> {
    return this.events.follow<{ userId: string }>(TOPIC);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox, type OutboxMessage } from '@kindred/core';
import { SparkApplicationEvent, SparkEventKind } from './application-event.entity';

/**
 * Writes a step into an application's timeline and, in the same transaction, the outbox
 * intent to tell people about it. The caller dispatches the returned message after commit;
 * if that fails the relay sends it later, so nobody goes untold because Redis blinked.
 */
@Injectable()
export class Timeline {
  constructor(private readonly outbox: Outbox) {}

  async record(manager: EntityManager, applicationId: string, kind: SparkEventKind, actorId: string | null): Promise<OutboxMessage | null> {
    const inserted = await manager.insert(SparkApplicationEvent, { applicationId, kind, actorId });
    // A draft is the member's own: there is nobody to tell.
    if (kind === SparkEventKind.CREATED) return null;
    const eventId = String((inserted.identifiers[0] as { id: string | number }).id);
    return this.outbox.stage(manager, { name: 'sparks.application-step', data: { eventId } });
  }

  /** Sends staged messages once their transaction has committed. */
  async dispatch(...messages: (OutboxMessage | null)[]): Promise<void> {
    for (const message of messages) if (message) await this.outbox.dispatch(message);
  }
}

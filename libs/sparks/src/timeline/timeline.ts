import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@kindred/core';
import { SparkApplicationEvent, SparkEventKind } from './application-event.entity';

/**
 * Writes a step into an application's timeline and, in the same transaction, the outbox
 * intent to tell people about it, sent once the transaction commits; if that fails the relay
 * sends it later, so nobody goes untold because Redis blinked.
 */
@Injectable()
export class Timeline {
  constructor(private readonly outbox: Outbox) {}

  async record(manager: EntityManager, applicationId: string, kind: SparkEventKind, actorId: string | null): Promise<void> {
    const inserted = await manager.insert(SparkApplicationEvent, { applicationId, kind, actorId });
    // A draft is the member's own: there is nobody to tell.
    if (kind === SparkEventKind.CREATED) return;
    const eventId = String((inserted.identifiers[0] as { id: string | number }).id);
    await this.outbox.stage(manager, { name: 'sparks.application-step', data: { eventId } });
  }
}

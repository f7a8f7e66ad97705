import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox, type OutboxMessage } from '@kindred/core';
import { OutgoingEmail, type EmailTemplate } from './outgoing-email.entity';

/** Queues an email in the caller's transaction; dispatch the returned message after commit. */
@Injectable()
export class MailOutbox {
  constructor(private readonly outbox: Outbox) {}

  async queue(manager: EntityManager, userId: string, template: EmailTemplate): Promise<OutboxMessage> {
    const email = await manager.getRepository(OutgoingEmail).save(manager.getRepository(OutgoingEmail).create({ userId, template }));
    return this.outbox.stage(manager, { name: 'identity.send-email', data: { outgoingEmailId: email.id } });
  }

  dispatch(message: OutboxMessage): Promise<void> {
    return this.outbox.dispatch(message);
  }
}

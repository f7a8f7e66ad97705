import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@kindred/core';
import { OutgoingEmail, type EmailTemplate } from './outgoing-email.entity';

/** Queues an email in the caller's transaction; it is sent once that transaction commits. */
@Injectable()
export class MailOutbox {
  constructor(private readonly outbox: Outbox) {}

  async queue(manager: EntityManager, userId: string, template: EmailTemplate): Promise<void> {
    const email = await manager.getRepository(OutgoingEmail).save(manager.getRepository(OutgoingEmail).create({ userId, template }));
    await this.outbox.stage(manager, { name: 'identity.send-email', data: { outgoingEmailId: email.id } });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { HandlesJob, LOGGER, type JobPayloads } from '@kindred/core';
import { newMessageRecipients } from './message-sent.queries';
import { NewMessageNotifier } from './new-message-notifier';

/**
 * Worker side of a sent message: works out who should be told and hands each to the
 * NewMessageNotifier the notifications domain provides. Ids only travel through Redis.
 */
@Injectable()
export class MessageSentHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @HandlesJob('messaging.message-sent')
  async handle({ messageId }: JobPayloads['messaging.message-sent']): Promise<void> {
    const recipients = await this.recipientsOf(messageId);
    if (recipients.length === 0) return;
    const notifier = this.notifier();
    if (!notifier) {
      this.logger.debug({ messageId, recipients: recipients.length }, 'no NewMessageNotifier is provided; new-message notifications are not sent');
      return;
    }
    // One message belongs to one conversation: every recipient row names the same one.
    await notifier.notifyNewMessage(
      recipients.map((recipient) => recipient.userId),
      { conversationId: recipients[0]!.conversationId, messageId },
    );
  }

  /**
   * Who should hear of the message, read when the job runs: a message deleted meanwhile, a
   * person who muted, left or blocked meanwhile, is not notified. A message held for review is
   * announced to nobody: screening held it before anyone could see it.
   */
  async recipientsOf(messageId: string): Promise<{ userId: string; conversationId: string }[]> {
    return newMessageRecipients.all(this.dataSource.manager, { messageId });
  }

  private notifier(): NewMessageNotifier | null {
    try {
      return this.moduleRef.get(NewMessageNotifier, { strict: false });
    } catch {
      // Not provided (yet): the job still completes, so the queue does not retry it for nothing.
      return null;
    }
  }
}

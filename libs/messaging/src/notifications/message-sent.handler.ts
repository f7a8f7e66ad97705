import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ContentVisibility, HandlesJob, LOGGER, type JobPayloads } from '@kindred/core';
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
    for (const { userId, conversationId } of recipients) await notifier.notifyNewMessage(userId, { conversationId, messageId });
  }

  /**
   * Who should hear of the message, read when the job runs: a message deleted meanwhile, a
   * person who muted, left or blocked meanwhile, is not notified. A message held for review is
   * announced to nobody: screening held it before anyone could see it.
   */
  async recipientsOf(messageId: string): Promise<{ userId: string; conversationId: string }[]> {
    const rows: { user_id: string; conversation_id: string }[] = await this.dataSource.query(
      `SELECT p.user_id, p.conversation_id
         FROM messages m
         JOIN conversation_participants p ON p.conversation_id = m.conversation_id
        WHERE m.id = $1 AND m.deleted_at IS NULL AND m.author_id IS NOT NULL AND m.visibility = $2
          AND p.user_id <> m.author_id AND p.left_at IS NULL AND NOT p.muted AND p.joined_at <= m.created_at
          AND NOT EXISTS (SELECT 1 FROM blocks b
                           WHERE (b.blocker_id = p.user_id AND b.blocked_id = m.author_id)
                              OR (b.blocker_id = m.author_id AND b.blocked_id = p.user_id))
        ORDER BY p.user_id`,
      [messageId, ContentVisibility.VISIBLE],
    );
    return rows.map((row) => ({ userId: row.user_id, conversationId: row.conversation_id }));
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

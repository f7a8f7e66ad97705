import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NewMessageNotifier } from '@kindred/messaging';
import { NotificationKind } from '../notifications/notification-kind';
import { Notifier } from '../notifications/notifier';

/**
 * Tells people about a new message in a conversation, all of them in one statement. One unread
 * notice per conversation: repeats collapse while the earlier one is unread, so a busy
 * conversation (or a redelivered job) does not pile up notices.
 */
@Injectable()
export class NewMessageNotifications extends NewMessageNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {
    super();
  }

  async notifyNewMessage(recipientIds: readonly string[], message: { conversationId: string; messageId: string }): Promise<void> {
    await this.notifier.notifyMany(this.dataSource.manager, { userIds: recipientIds, kind: NotificationKind.NEW_MESSAGE, subjectId: message.conversationId });
  }
}

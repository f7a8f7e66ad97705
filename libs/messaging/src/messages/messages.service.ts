import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  FieldCipher,
  ForbiddenError,
  mapConnectionInBatch,
  NotFoundError,
  Outbox,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  isUuid,
} from '@kindred/core';
import { LanguageNudges, PostingGate, screenedChange } from '@kindred/identity';
import { BlockList } from '../blocks/block-list.service';
import { ConversationAccess, otherOfPair } from '../conversations/conversation-access';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationParticipant } from '../conversations/conversation-participant.entity';
import { ConversationEventsPublisher } from '../live/conversation-events.publisher';
import { checkMessageBody, EDIT_WINDOW_MINUTES, messageBodyContext, versionBodyContext } from './message-body';
import { MessagePresenter } from './message-presenter';
import { MessageVersion } from './message-version.entity';
import { Message } from './message.entity';
import { MessageEventKind, type MessageObject } from './message.types';
import { bumpLastMessageAt, isPastEditWindow } from './messages.queries';
import { MessagingMessages } from '../messaging.messages';

const messageNotFound = (): NotFoundError => new NotFoundError(MessagingMessages.MESSAGE_NOT_FOUND());

/** Sending, correcting and deleting messages, and reading a conversation's history. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly blocks: BlockList,
    private readonly presenter: MessagePresenter,
    private readonly cipher: FieldCipher,
    private readonly outbox: Outbox,
    private readonly events: ConversationEventsPublisher,
    private readonly gate: PostingGate,
    private readonly nudges: LanguageNudges,
  ) {}

  /** One live event read for many subscribers in the same tick is one query; never cached. */
  private readonly rows = new DataLoader<string, Message | null>(
    async (ids) => {
      const found = new Map((await this.dataSource.getRepository(Message).findBy({ id: In([...ids]) })).map((message) => [message.id, message]));
      return ids.map((id) => found.get(id) ?? null);
    },
    { cache: false },
  );

  /** Newest first, from when the viewer joined: three queries whatever the page size. */
  async history(viewerId: string, conversationId: string, page: PageArgs): Promise<Connection<MessageObject>> {
    const { participant } = await this.access.require(this.dataSource.manager, viewerId, conversationId);
    const query = this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .where('message.conversation_id = :conversationId AND message.created_at >= :joinedAt', {
        conversationId,
        joinedAt: participant.joinedAt,
      });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'message.created_at',
      idColumn: 'message.id',
      direction: 'DESC',
      keyOf: (message) => [message.createdAt.toISOString(), message.id],
    });
    return mapConnectionInBatch(connection, (rows) => this.presenter.present(viewerId, rows));
  }

  /**
   * Stores the message (sealed), moves the conversation up the list and the sender's read
   * position to it, and writes the "message sent" and moderation scan jobs in the same
   * transaction, so the worker hears of every message even if Redis is down at that moment.
   * Screened first: harmful words are stored held, so the others never see them, live or
   * later. The author gets language suggestions back: a nudge, the message is sent as written.
   */
  async send(viewerId: string, conversationId: string, body: string, replyToId?: string | null): Promise<MessageObject> {
    const text = checkMessageBody(body);
    const id = randomUUID();
    const message = await this.dataSource.transaction(async (manager) => {
      const { conversation, participant } = await this.access.require(manager, viewerId, conversationId);
      if (conversation.archivedAt) throw new ConflictError(MessagingMessages.CONVERSATION_ARCHIVED());
      const screening = await this.gate.requireMayPost(manager, viewerId, text);
      await this.refuseIfBlocked(manager, conversation, viewerId);
      if (replyToId) await this.requireReplyTarget(manager, participant, replyToId);
      const saved = await manager.save(
        manager.create(Message, {
          id,
          conversationId,
          authorId: viewerId,
          body: this.cipher.encrypt(text, messageBodyContext(id)),
          replyToId: replyToId ?? null,
          visibility: screening.visibility,
          visibilityReason: screening.reason,
        }),
      );
      await bumpLastMessageAt.affected(manager, { conversationId, at: saved.createdAt });
      await manager.update(ConversationParticipant, { conversationId, userId: viewerId }, { lastReadMessageId: id, lastReadAt: () => 'now()' });
      await this.outbox.stage(manager, { name: 'messaging.message-sent', data: { messageId: id } });
      await this.outbox.stage(manager, { name: 'moderation.scan-content', data: { kind: 'MESSAGE', contentId: id } });
      return saved;
    });
    await this.events.publish(conversationId, MessageEventKind.ADDED, id, viewerId);
    return this.withSuggestions(viewerId, message, text);
  }

  /**
   * The author corrects their message within 15 minutes; the earlier text is kept for
   * moderation only. The new words are screened like a new message.
   */
  async edit(viewerId: string, messageId: string, body: string): Promise<MessageObject> {
    const text = checkMessageBody(body);
    const message = await this.dataSource.transaction(async (manager) => {
      const { message: current, conversation } = await this.lockOwnMessage(manager, viewerId, messageId, 'edit');
      if (current.deletedAt) throw new ConflictError(MessagingMessages.MESSAGE_DELETED());
      if (conversation.archivedAt) throw new ConflictError(MessagingMessages.CONVERSATION_ARCHIVED());
      const { late } = (await isPastEditWindow.one(manager, { sentAt: current.createdAt, windowMinutes: EDIT_WINDOW_MINUTES }))!;
      if (late) {
        throw new ConflictError(MessagingMessages.MESSAGE_EDIT_WINDOW_PASSED({ minutes: EDIT_WINDOW_MINUTES }));
      }
      const screening = await this.gate.requireMayPost(manager, viewerId, text);
      await this.refuseIfBlocked(manager, conversation, viewerId);
      const versionId = randomUUID();
      const previous = this.cipher.decrypt(current.body, messageBodyContext(current.id));
      await manager.insert(MessageVersion, { id: versionId, messageId, body: this.cipher.encrypt(previous, versionBodyContext(versionId)) });
      const { visibility, reason } = screenedChange({ visibility: current.visibility, reason: current.visibilityReason }, screening);
      await manager.update(
        Message,
        { id: messageId },
        { body: this.cipher.encrypt(text, messageBodyContext(messageId)), editedAt: () => 'now()', visibility, visibilityReason: reason },
      );
      await this.outbox.stage(manager, { name: 'moderation.scan-content', data: { kind: 'MESSAGE', contentId: messageId } });
      return manager.getRepository(Message).findOneByOrFail({ id: messageId });
    });
    await this.events.publish(message.conversationId, MessageEventKind.EDITED, messageId, viewerId);
    return this.withSuggestions(viewerId, message, text);
  }

  private async withSuggestions(viewerId: string, message: Message, text: string): Promise<MessageObject> {
    const [presented] = await this.presenter.present(viewerId, [message]);
    return { ...presented!, languageSuggestions: await this.nudges.for(viewerId, text) };
  }

  /** Soft: the row stays (replies still point at it) but nobody is shown its text again. */
  async delete(viewerId: string, messageId: string): Promise<MessageObject> {
    const { message, changed } = await this.dataSource.transaction(async (manager) => {
      const { message: current } = await this.lockOwnMessage(manager, viewerId, messageId, 'delete');
      if (current.deletedAt) return { message: current, changed: false };
      await manager.update(Message, { id: messageId }, { deletedAt: () => 'now()' });
      return { message: await manager.getRepository(Message).findOneByOrFail({ id: messageId }), changed: true };
    });
    if (changed) await this.events.publish(message.conversationId, MessageEventKind.DELETED, messageId, viewerId);
    return (await this.presenter.present(viewerId, [message]))[0]!;
  }

  /** One message as this participant may see it now, or null (another conversation, or before they joined). */
  async visibleTo(viewerId: string, participant: ConversationParticipant, messageId: string): Promise<MessageObject | null> {
    const message = await this.visibleRow(this.dataSource.manager, participant, messageId);
    return message ? ((await this.presenter.present(viewerId, [message]))[0] ?? null) : null;
  }

  async visibleRow(manager: EntityManager, participant: ConversationParticipant, messageId: string): Promise<Message | null> {
    if (!isUuid(messageId)) return null;
    // Outside a transaction (a live event reaching every subscriber), one query per event.
    if (!manager.queryRunner) {
      const message = await this.rows.load(messageId);
      const visible = message && message.conversationId === participant.conversationId && message.createdAt.getTime() >= participant.joinedAt.getTime();
      return visible ? message : null;
    }
    return manager
      .getRepository(Message)
      .createQueryBuilder('message')
      .where('message.id = :messageId AND message.conversation_id = :conversationId AND message.created_at >= :joinedAt', {
        messageId,
        conversationId: participant.conversationId,
        joinedAt: participant.joinedAt,
      })
      .getOne();
  }

  /** In a two-person conversation, a block either way stops new and corrected messages. */
  private async refuseIfBlocked(manager: EntityManager, conversation: Conversation, viewerId: string): Promise<void> {
    const other = otherOfPair(conversation, viewerId);
    if (other && (await this.blocks.isBlockedEitherWay(manager, viewerId, other))) {
      throw new ForbiddenError(MessagingMessages.BLOCKED_CANNOT_SEND());
    }
  }

  private async requireReplyTarget(manager: EntityManager, participant: ConversationParticipant, replyToId: string): Promise<void> {
    if (!(await this.visibleRow(manager, participant, replyToId))) {
      throw new BadUserInputError(MessagingMessages.REPLY_IN_THIS_CONVERSATION(), { field: 'replyToId' });
    }
  }

  /**
   * Locks the message for the change. Someone not in its conversation is told it does not
   * exist; a participant changing another person's message is refused.
   */
  private async lockOwnMessage(
    manager: EntityManager,
    viewerId: string,
    messageId: string,
    action: 'edit' | 'delete',
  ): Promise<{ message: Message; conversation: Conversation }> {
    if (!isUuid(messageId)) throw messageNotFound();
    const message = await manager
      .getRepository(Message)
      .createQueryBuilder('message')
      .setLock('pessimistic_write')
      .where('message.id = :messageId', { messageId })
      .getOne();
    const participation = message ? await this.access.find(manager, viewerId, message.conversationId) : null;
    if (!message || !participation || message.createdAt < participation.participant.joinedAt) throw messageNotFound();
    if (message.authorId !== viewerId)
      throw new ForbiddenError(action === 'edit' ? MessagingMessages.EDIT_ONLY_OWN_MESSAGES() : MessagingMessages.DELETE_ONLY_OWN_MESSAGES());
    return { message, conversation: participation.conversation };
  }
}

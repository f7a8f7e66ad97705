import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { Block } from '../blocks/block.entity';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationParticipant } from '../conversations/conversation-participant.entity';
import { messageBodyContext, versionBodyContext } from '../messages/message-body';
import { MessageVersion } from '../messages/message-version.entity';
import { Message } from '../messages/message.entity';
import { deleteBlocksInvolving, deleteVersionsAuthoredBy } from './messaging-privacy.queries';

/**
 * Messaging's share of export and erasure.
 *
 * Export: the person's conversations, every message they wrote (decrypted, deleted ones and
 * earlier versions included: it is their own text), and the blocks they placed. Not others'
 * messages, and not who blocked them (that is the other person's decision).
 *
 * Erasure keeps the messages they sent but removes them as author (author_id → NULL, shown
 * as "Deleted person"): a message is also part of the other participants' conversation, and
 * tearing holes in it would erase their history too. Their earlier versions are deleted
 * (kept only for moderation of a person who no longer exists), as are their participations,
 * blocks both ways, and their id wherever they started or paired in a conversation.
 */
@EncryptedColumns([
  { table: 'messages', column: 'body', context: (row) => messageBodyContext(row.id) },
  { table: 'message_versions', column: 'body', context: (row) => versionBodyContext(row.id) },
])
@PersonalData()
@Injectable()
export class MessagingPersonalData implements PersonalDataContributor {
  readonly domain = 'messaging';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'conversations', personColumns: ['created_by', 'pair_low_id', 'pair_high_id'] },
    { table: 'conversation_participants', personColumns: ['user_id'] },
    { table: 'messages', personColumns: ['author_id'] },
    { table: 'blocks', personColumns: ['blocker_id', 'blocked_id'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const participations = await manager.getRepository(ConversationParticipant).find({ where: { userId }, order: { joinedAt: 'ASC' } });
    const conversations = participations.length
      ? await manager
          .getRepository(Conversation)
          .createQueryBuilder('conversation')
          .where('conversation.id IN (:...ids)', { ids: participations.map((participation) => participation.conversationId) })
          .getMany()
      : [];
    const byId = new Map(conversations.map((conversation) => [conversation.id, conversation]));
    const messages = await manager.getRepository(Message).find({ where: { authorId: userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const versions = messages.length
      ? await manager
          .getRepository(MessageVersion)
          .createQueryBuilder('version')
          .where('version.message_id IN (:...ids)', { ids: messages.map((message) => message.id) })
          .orderBy('version.replaced_at', 'ASC')
          .getMany()
      : [];
    const blocks = await manager.getRepository(Block).find({ where: { blockerId: userId }, order: { createdAt: 'ASC' } });
    return {
      conversations: participations.map((participation) => ({
        conversationId: participation.conversationId,
        kind: byId.get(participation.conversationId)?.kind ?? null,
        title: byId.get(participation.conversationId)?.title ?? null,
        joinedAt: participation.joinedAt,
        leftAt: participation.leftAt,
        muted: participation.muted,
      })),
      messagesSent: messages.map((message) => ({
        id: message.id,
        conversationId: message.conversationId,
        body: this.cipher.decrypt(message.body, messageBodyContext(message.id)),
        replyToId: message.replyToId,
        sentAt: message.createdAt,
        editedAt: message.editedAt,
        deletedAt: message.deletedAt,
        earlierVersions: versions
          .filter((version) => version.messageId === message.id)
          .map((version) => ({ body: this.cipher.decrypt(version.body, versionBodyContext(version.id)), replacedAt: version.replacedAt })),
      })),
      blocksPlaced: blocks.map((block) => ({ blockedPersonId: block.blockedId, blockedAt: block.createdAt })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await deleteVersionsAuthoredBy.affected(manager, { userId });
    await manager.update(Message, { authorId: userId }, { authorId: null });
    await manager.delete(ConversationParticipant, { userId });
    await deleteBlocksInvolving.affected(manager, { userId });
    await manager.update(Conversation, { createdBy: userId }, { createdBy: null });
    await manager.update(Conversation, { pairLowId: userId }, { pairLowId: null });
    await manager.update(Conversation, { pairHighId: userId }, { pairHighId: null });
  }
}

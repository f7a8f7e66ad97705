import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CoordinatorsService, MembershipsService, AllianceCapacity } from '@kindred/alliances';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkText,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  type Viewer,
  isUuid,
} from '@kindred/core';
import { ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import { BlockList } from '../blocks/block-list.service';
import { ContactEligibility } from '../contacts/contact-eligibility';
import { PARTICIPANTS_CHANGED } from '../live/conversation-events';
import { ConversationEventsPublisher } from '../live/conversation-events.publisher';
import { Message } from '../messages/message.entity';
import { MessagesService } from '../messages/messages.service';
import { MessageEventKind } from '../messages/message.types';
import { ConversationAccess, conversationNotFound, type Participation } from './conversation-access';
import { Conversation, ConversationKind } from './conversation.entity';
import { ConversationParticipant, ParticipantRole } from './conversation-participant.entity';
import { ConversationPresenter } from './conversation-presenter';
import type { AllianceGroupObject, ConversationObject } from './conversation.types';
import { allianceGroupsOf, insertPairConversation, joinAsMember, moveReadPosition } from './conversations.queries';
import { MessagingMessages } from '../messaging.messages';

/** Starting, listing and managing conversations, and each person's read position and mute. */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly presenter: ConversationPresenter,
    private readonly messages: MessagesService,
    private readonly blocks: BlockList,
    private readonly eligibility: ContactEligibility,
    private readonly people: PeopleDirectory,
    private readonly coordinators: CoordinatorsService,
    private readonly memberships: MembershipsService,
    private readonly events: ConversationEventsPublisher,
  ) {}

  /** The viewer's conversations by last activity: three queries whatever the page size. */
  async mine(viewerId: string, page: PageArgs): Promise<Connection<ConversationObject>> {
    const query = this.dataSource
      .getRepository(Conversation)
      .createQueryBuilder('conversation')
      .where(
        `EXISTS (SELECT 1 FROM conversation_participants p
                  WHERE p.conversation_id = conversation.id AND p.user_id = :viewerId AND p.left_at IS NULL)`,
        { viewerId },
      );
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'conversation.last_message_at',
      idColumn: 'conversation.id',
      direction: 'DESC',
      keyOf: (conversation) => [conversation.lastMessageAt.toISOString(), conversation.id],
    });
    const described = new Map(
      (
        await this.presenter.present(
          viewerId,
          connection.edges.map((edge) => edge.node),
        )
      ).map((node) => [node.id, node]),
    );
    return {
      ...connection,
      edges: connection.edges.flatMap((edge) => {
        const node = described.get(edge.node.id);
        return node ? [{ cursor: edge.cursor, node }] : [];
      }),
    };
  }

  async get(viewerId: string, conversationId: string): Promise<ConversationObject> {
    const { conversation } = await this.access.require(this.dataSource.manager, viewerId, conversationId);
    return this.describeOne(viewerId, conversation);
  }

  /**
   * Opens (or reopens) the one direct conversation between two people. Refused when either
   * blocked the other, and between strangers: a new one needs a connection (ContactEligibility).
   */
  async startDirect(viewer: Viewer, withUserId: string): Promise<ConversationObject> {
    if (withUserId === viewer.userId) throw new BadUserInputError(MessagingMessages.CONVERSATION_NEEDS_SOMEONE_ELSE(), { field: 'withUserId' });
    if (!isUuid(withUserId) || !(await this.people.isActive(withUserId))) throw new NotFoundError(MessagingMessages.MESSAGING_PERSON_NOT_FOUND());
    if (await this.blocks.isBlockedEitherWay(this.dataSource.manager, viewer.userId, withUserId)) {
      throw new ForbiddenError(MessagingMessages.BLOCKED_CANNOT_MESSAGE());
    }
    const existing = await this.findPair(this.dataSource.manager, ConversationKind.DIRECT, viewer.userId, withUserId);
    if (!existing && !(await this.eligibility.mayStartDirect(viewer, withUserId))) {
      throw new ForbiddenError(MessagingMessages.MESSAGE_PEOPLE_YOU_SHARE_WITH());
    }
    const conversationId = existing?.id ?? (await this.openPair(ConversationKind.DIRECT, viewer.userId, withUserId, viewer.userId));
    return this.get(viewer.userId, conversationId);
  }

  /**
   * For the mentorship domain: the conversation of a mentor and a member, opened when the
   * mentorship starts. Idempotent; no eligibility check, the mentorship is the connection.
   */
  async openMentorshipConversation(mentorId: string, memberId: string): Promise<string> {
    if (mentorId === memberId) throw new BadUserInputError(MessagingMessages.MENTORSHIP_NEEDS_TWO_PEOPLE());
    const existing = await this.findPair(this.dataSource.manager, ConversationKind.MENTORSHIP, mentorId, memberId);
    if (!existing) return this.openPair(ConversationKind.MENTORSHIP, mentorId, memberId, mentorId);
    // A new mentorship between the same two people picks their conversation up again.
    if (existing.archivedAt) await this.dataSource.getRepository(Conversation).update({ id: existing.id }, { archivedAt: null });
    return existing.id;
  }

  /** For the mentorship domain: the mentorship ended, so its conversation is kept to read but closed to new messages. */
  async archiveMentorshipConversation(mentorId: string, memberId: string): Promise<void> {
    const existing = await this.findPair(this.dataSource.manager, ConversationKind.MENTORSHIP, mentorId, memberId);
    if (existing && !existing.archivedAt) await this.dataSource.getRepository(Conversation).update({ id: existing.id }, { archivedAt: () => 'now()' });
  }

  /** An alliance's group, started by one of its coordinators (checked by policy), who owns it. */
  async createAllianceGroup(viewerId: string, allianceId: string, title: string, supporterGroup = false): Promise<ConversationObject> {
    const checkedTitle = checkText(title, 'title', MessagingMessages.MESSAGING_LABEL_TITLE(), { max: 100 });
    const conversationId = await this.dataSource.transaction(async (manager) => {
      const conversation = await manager.save(
        manager.create(Conversation, { kind: ConversationKind.GROUP, title: checkedTitle, allianceId, createdBy: viewerId, supporterGroup }),
      );
      await manager.insert(ConversationParticipant, { conversationId: conversation.id, userId: viewerId, role: ParticipantRole.OWNER });
      return conversation.id;
    });
    return this.get(viewerId, conversationId);
  }

  /**
   * Every group of an alliance with the people in it, for its coordinators (checked by policy),
   * who manage groups they may not be in. Two queries whatever the number of groups.
   */
  async allianceGroups(allianceId: string): Promise<AllianceGroupObject[]> {
    const rows = await allianceGroupsOf.all(this.dataSource.manager, { allianceId });
    const names = await this.people.summaries(rows.flatMap((row) => row.participants.map((participant) => participant.userId)));
    return rows.map((row) => ({
      id: row.id,
      title: row.title ?? '',
      supporterGroup: row.supporterGroup,
      participantCount: row.participants.length,
      participants: row.participants.map(({ userId, role }) => ({
        personId: userId,
        displayName: names.get(userId)?.displayName ?? ERASED_DISPLAY_NAME,
        role,
      })),
    }));
  }

  /** Adds an active member of the group's alliance (any capacity); re-adding someone who left brings them back. */
  async addGroupParticipant(viewerId: string, conversationId: string, userId: string): Promise<ConversationObject> {
    const conversation = await this.requireGroupManager(viewerId, conversationId);
    if (!isUuid(userId) || !(await this.belongsToAlliance(userId, conversation.allianceId))) {
      throw new BadUserInputError(MessagingMessages.GROUP_MEMBERS_FROM_ALLIANCE(), { field: 'userId' });
    }
    // Someone coming back sees messages from their return on, like anyone joining.
    await joinAsMember.affected(this.dataSource.manager, { conversationId, userId });
    await this.events.publish(conversationId, PARTICIPANTS_CHANGED, null, viewerId);
    return this.describeFor(viewerId, conversation);
  }

  /** Takes someone out of a group; their live stream of it ends at once. */
  async removeGroupParticipant(viewerId: string, conversationId: string, userId: string): Promise<ConversationObject> {
    const conversation = await this.requireGroupManager(viewerId, conversationId);
    const removed = isUuid(userId) ? await this.markLeft(conversationId, userId) : false;
    if (!removed) throw new NotFoundError(MessagingMessages.NOT_IN_THIS_GROUP());
    return this.describeFor(viewerId, conversation);
  }

  /** Only groups can be left: a direct or mentorship conversation can be muted, or the person blocked. */
  async leave(viewerId: string, conversationId: string): Promise<void> {
    const { conversation } = await this.access.require(this.dataSource.manager, viewerId, conversationId);
    if (conversation.kind === ConversationKind.CIRCLE) {
      throw new BadUserInputError(MessagingMessages.LEAVE_CIRCLE_TO_LEAVE_CONVERSATION(), { field: 'conversationId' });
    }
    if (conversation.kind !== ConversationKind.GROUP) {
      throw new BadUserInputError(MessagingMessages.ONLY_GROUPS_CAN_BE_LEFT(), {
        field: 'conversationId',
      });
    }
    await this.markLeft(conversationId, viewerId);
  }

  /**
   * Moves the viewer's read position forward to the given message (default: the newest they
   * can see). Never backwards, so two devices marking read in any order agree.
   */
  async markRead(viewerId: string, conversationId: string, upToMessageId?: string | null): Promise<ConversationObject> {
    const { conversation, participant } = await this.access.require(this.dataSource.manager, viewerId, conversationId);
    const target = upToMessageId
      ? await this.messages.visibleRow(this.dataSource.manager, participant, upToMessageId)
      : await this.dataSource
          .createQueryBuilder()
          .select('message.id', 'id')
          .from(Message, 'message')
          .where('message.conversation_id = :conversationId AND message.created_at >= :joinedAt', { conversationId, joinedAt: participant.joinedAt })
          .orderBy('message.created_at', 'DESC')
          .addOrderBy('message.id', 'DESC')
          .limit(1)
          .getRawOne<{ id: string }>();
    if (upToMessageId && !target) throw new BadUserInputError(MessagingMessages.MESSAGE_NOT_IN_CONVERSATION(), { field: 'upToMessageId' });
    if (target) {
      const affected = await moveReadPosition.affected(this.dataSource.manager, { conversationId, userId: viewerId, messageId: target.id });
      if (affected > 0) await this.events.publish(conversationId, MessageEventKind.READ, target.id, viewerId);
    }
    return this.describeOne(viewerId, conversation);
  }

  /** Muted: messages still arrive live and in the list, but no notifications are sent. */
  async mute(viewerId: string, conversationId: string, muted: boolean): Promise<ConversationObject> {
    const { conversation } = await this.access.require(this.dataSource.manager, viewerId, conversationId);
    await this.dataSource.getRepository(ConversationParticipant).update({ conversationId, userId: viewerId }, { muted });
    return this.describeOne(viewerId, conversation);
  }

  /** For notifications: whether the person muted the conversation (false if they are not in it). */
  async isMuted(userId: string, conversationId: string): Promise<boolean> {
    if (!isUuid(conversationId)) return false;
    return this.dataSource.getRepository(ConversationParticipant).existsBy({ conversationId, userId, leftAt: IsNull(), muted: true });
  }

  private async describeOne(viewerId: string, conversation: Conversation): Promise<ConversationObject> {
    const [described] = await this.presenter.present(viewerId, [conversation]);
    if (!described) throw conversationNotFound();
    return described;
  }

  /** A manager may not be a participant (an alliance coordinator): they still see the people and title. */
  private async describeFor(viewerId: string, conversation: Conversation): Promise<ConversationObject> {
    if (await this.access.isActiveParticipant(viewerId, conversation.id)) return this.describeOne(viewerId, conversation);
    const [owner] = await this.dataSource.getRepository(ConversationParticipant).find({
      where: { conversationId: conversation.id, leftAt: IsNull() },
      order: { joinedAt: 'ASC' },
      take: 1,
    });
    if (!owner)
      return {
        id: conversation.id,
        kind: conversation.kind,
        title: conversation.title ?? '',
        allianceId: conversation.allianceId,
        participants: [],
        lastMessage: null,
        unreadCount: 0,
        muted: false,
        lastActivityAt: conversation.lastMessageAt,
        archived: conversation.archivedAt !== null,
      };
    // Seen through the eyes of a participant for the people list, without their private state.
    const [seen] = await this.presenter.present(owner.userId, [conversation]);
    return { ...seen!, lastMessage: null, unreadCount: 0, muted: false };
  }

  /**
   * The group's owner, or a coordinator of its alliance, may add and remove people. Anyone
   * else who is not in the group is told it does not exist.
   */
  private async requireGroupManager(viewerId: string, conversationId: string): Promise<Conversation> {
    const participation: Participation | null = await this.access.find(this.dataSource.manager, viewerId, conversationId);
    const conversation =
      participation?.conversation ?? (isUuid(conversationId) ? await this.dataSource.getRepository(Conversation).findOneBy({ id: conversationId }) : null);
    const coordinates = conversation?.allianceId ? await this.coordinators.isCoordinator(this.dataSource.manager, viewerId, conversation.allianceId) : false;
    if (!conversation || (!participation && !coordinates)) throw conversationNotFound();
    if (conversation.kind !== ConversationKind.GROUP) throw new BadUserInputError(MessagingMessages.MEMBERS_CHANGE_ONLY_IN_GROUPS());
    if (participation?.participant.role !== ParticipantRole.OWNER && !coordinates) {
      throw new ForbiddenError(MessagingMessages.GROUP_MEMBERS_CHANGED_BY_OWNER());
    }
    return conversation;
  }

  private async belongsToAlliance(userId: string, allianceId: string | null): Promise<boolean> {
    if (!allianceId) return false;
    for (const capacity of Object.values(AllianceCapacity)) {
      if (await this.memberships.isActive(userId, allianceId, capacity)) return true;
    }
    return false;
  }

  private async markLeft(conversationId: string, userId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(ConversationParticipant).update({ conversationId, userId, leftAt: IsNull() }, { leftAt: () => 'now()' });
    if (result.affected) await this.events.publish(conversationId, PARTICIPANTS_CHANGED, null, userId);
    return Boolean(result.affected);
  }

  private async findPair(manager: EntityManager, kind: ConversationKind, a: string, b: string): Promise<Conversation | null> {
    const [low, high] = a < b ? [a, b] : [b, a];
    return manager.getRepository(Conversation).findOneBy({ kind, pairLowId: low, pairHighId: high });
  }

  /**
   * Creates the pair's conversation, or finds the one a simultaneous request created: the
   * unique index on (kind, low, high) makes the second insert wait for the first and do nothing.
   */
  private async openPair(kind: ConversationKind, a: string, b: string, createdBy: string): Promise<string> {
    const [low, high] = a < b ? [a, b] : [b, a];
    return this.dataSource.transaction(async (manager) => {
      const id = (await insertPairConversation.one(manager, { kind, lowId: low, highId: high, createdBy }))?.id;
      if (!id) {
        // The other request won, and committed before our insert returned: its row is visible now.
        const existing = await this.findPair(manager, kind, a, b);
        if (!existing) throw new Error('A conversation between these two people was neither created nor found');
        return existing.id;
      }
      await manager.insert(ConversationParticipant, [
        { conversationId: id, userId: low, role: ParticipantRole.MEMBER },
        { conversationId: id, userId: high, role: ParticipantRole.MEMBER },
      ]);
      return id;
    });
  }
}

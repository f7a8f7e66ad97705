import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceCapacity, CoordinatorsService, MembershipsService } from '@kindred/alliances';
import { ForbiddenError, NotFoundError, isUuid, type Viewer } from '@kindred/core';
import { PARTICIPANTS_CHANGED } from '../live/conversation-events';
import { ConversationEventsPublisher } from '../live/conversation-events.publisher';
import { Conversation } from './conversation.entity';
import { ConversationsService } from './conversations.service';
import { joinAsMember, supporterGroupsOf } from './conversations.queries';
import type { ConversationObject, SupporterGroupObject } from './conversation.types';
import { MessagingMessages } from '../messaging.messages';

/**
 * Families supporting families: an alliance's supporter groups, started and moderated by its
 * coordinators (as owners of the group), which its supporters find and join themselves.
 */
@Injectable()
export class SupporterGroups {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly coordinators: CoordinatorsService,
    private readonly conversations: ConversationsService,
    private readonly events: ConversationEventsPublisher,
  ) {}

  async list(viewer: Viewer, allianceId: string): Promise<SupporterGroupObject[]> {
    if (
      !isUuid(allianceId) ||
      !((await this.mayJoin(viewer, allianceId)) || (await this.coordinators.isCoordinator(this.dataSource.manager, viewer.userId, allianceId)))
    ) {
      throw new ForbiddenError(MessagingMessages.SUPPORTER_GROUPS_RESTRICTED());
    }
    const rows = await supporterGroupsOf.all(this.dataSource.manager, { allianceId, viewerId: viewer.userId });
    return rows.map((row) => ({ ...row, title: row.title ?? '' }));
  }

  /** A supporter of the group's alliance joins; coming back sees messages from their return on. */
  async join(viewer: Viewer, conversationId: string): Promise<ConversationObject> {
    const group = isUuid(conversationId) ? await this.dataSource.getRepository(Conversation).findOneBy({ id: conversationId, supporterGroup: true }) : null;
    if (!group?.allianceId || !(await this.mayJoin(viewer, group.allianceId))) throw new NotFoundError(MessagingMessages.SUPPORTER_GROUP_NOT_FOUND());
    await joinAsMember.affected(this.dataSource.manager, { conversationId, userId: viewer.userId });
    await this.events.publish(conversationId, PARTICIPANTS_CHANGED, null, viewer.userId);
    return this.conversations.get(viewer.userId, conversationId);
  }

  private mayJoin(viewer: Viewer, allianceId: string): Promise<boolean> {
    return this.memberships.isActive(viewer.userId, allianceId, AllianceCapacity.SUPPORTER);
  }
}

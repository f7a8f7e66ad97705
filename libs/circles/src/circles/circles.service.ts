import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, checkText, isUuid, type Viewer } from '@kindred/core';
import { ConsentGrants } from '@kindred/consent';
import { PeopleDirectory } from '@kindred/identity';
import { CircleConversations } from '@kindred/messaging';
import { CircleMember } from './circle-member.entity';
import type { SupportCircleObject } from './circles.types';
import { SupportCircle } from './support-circle.entity';
import { CircleMessages } from '../circles.messages';
import { addCircleMember, createCircle, endCircleMembership, isCircleMember } from './circles.queries';

const DEFAULT_NAME = 'My support circle';

/**
 * Support circles: each member's own, created on first use with its conversation. The member
 * removes anyone at any time and a supporter can leave; either way the conversation follows
 * and every sharing grant from the member to that person ends at once.
 */
@Injectable()
export class CirclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conversations: CircleConversations,
    private readonly consent: ConsentGrants,
    private readonly people: PeopleDirectory,
  ) {}

  /** The member's circle, created (with its conversation) the first time; concurrent first uses make one. */
  async ensure(ownerId: string): Promise<SupportCircle> {
    const existing = await this.dataSource.getRepository(SupportCircle).findOneBy({ ownerId });
    if (existing) return existing;
    await this.dataSource.transaction(async (manager) => {
      const inserted = await createCircle.one(manager, { ownerId, name: DEFAULT_NAME });
      if (!inserted) return;
      const conversationId = await this.conversations.open(manager, ownerId, DEFAULT_NAME);
      await manager.update(SupportCircle, { id: inserted.id }, { conversationId });
    });
    return this.dataSource.getRepository(SupportCircle).findOneByOrFail({ ownerId });
  }

  async mine(viewer: Viewer): Promise<SupportCircleObject> {
    return (await this.present(viewer, [await this.ensure(viewer.userId)]))[0]!;
  }

  async rename(viewer: Viewer, name: string): Promise<SupportCircleObject> {
    const checked = checkText(name, 'name', CircleMessages.CIRCLE_LABEL_NAME(), { max: 60 });
    const circle = await this.ensure(viewer.userId);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(SupportCircle, { id: circle.id }, { name: checked });
      if (circle.conversationId) await this.conversations.rename(manager, circle.conversationId, checked);
    });
    return this.mine(viewer);
  }

  /** The circles the viewer supports; nobody else's. */
  async supporting(viewer: Viewer): Promise<SupportCircleObject[]> {
    const memberships = await this.dataSource.getRepository(CircleMember).findBy({ userId: viewer.userId, leftAt: IsNull() });
    if (memberships.length === 0) return [];
    const circles = await this.dataSource.getRepository(SupportCircle).findBy({ id: In(memberships.map((membership) => membership.circleId)) });
    return this.present(viewer, circles);
  }

  async remove(viewer: Viewer, userId: string): Promise<SupportCircleObject> {
    const circle = await this.ensure(viewer.userId);
    if (!(await this.end(circle, userId, 'REMOVED'))) throw new NotFoundError(CircleMessages.NOT_IN_YOUR_CIRCLE());
    return this.mine(viewer);
  }

  async leave(viewer: Viewer, circleId: string): Promise<void> {
    const circle = isUuid(circleId) ? await this.dataSource.getRepository(SupportCircle).findOneBy({ id: circleId }) : null;
    if (!circle || !(await this.end(circle, viewer.userId, 'LEFT'))) throw new NotFoundError(CircleMessages.NOT_IN_THAT_CIRCLE());
  }

  /** Whether someone supports the member now, for consent's relationship check. */
  async isSupporter(ownerId: string, userId: string): Promise<boolean> {
    const row = await isCircleMember.one(this.dataSource.manager, { ownerId, userId });
    return row?.member ?? false;
  }

  /** Adds a supporter (an accepted invitation) and lets them into the conversation, in the caller's transaction. */
  async admit(manager: EntityManager, circle: SupportCircle, userId: string, relationship: CircleMember['relationship']): Promise<void> {
    await addCircleMember.affected(manager, { circleId: circle.id, userId, relationship });
    if (circle.conversationId) await this.conversations.join(manager, circle.conversationId, userId);
  }

  async announceJoined(circle: SupportCircle, userId: string): Promise<void> {
    if (circle.conversationId) await this.conversations.announce(circle.conversationId, userId);
  }

  private async end(circle: SupportCircle, userId: string, endedBy: 'LEFT' | 'REMOVED'): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const ended = await this.dataSource.transaction(async (manager) => {
      const affected = await endCircleMembership.affected(manager, { circleId: circle.id, userId, endedBy });
      if (affected === 0) return false;
      if (circle.conversationId) await this.conversations.leave(manager, circle.conversationId, userId);
      await this.consent.revokeAllBetween(manager, circle.ownerId, userId, endedBy === 'LEFT' ? 'LEFT_CIRCLE' : 'REMOVED_FROM_CIRCLE');
      return true;
    });
    if (ended) {
      await this.consent.announce(userId);
      if (circle.conversationId) await this.conversations.announce(circle.conversationId, userId);
    }
    return ended;
  }

  /** Circles with their supporters and names, in three queries whatever their number. */
  private async present(viewer: Viewer, circles: readonly SupportCircle[]): Promise<SupportCircleObject[]> {
    if (circles.length === 0) return [];
    const members = await this.dataSource.getRepository(CircleMember).find({
      where: { circleId: In(circles.map((circle) => circle.id)), leftAt: IsNull() },
      order: { joinedAt: 'ASC' },
    });
    const names = await this.people.summaries([...circles.map((circle) => circle.ownerId), ...members.map((member) => member.userId)]);
    return circles.map((circle) => {
      const own = members.filter((member) => member.circleId === circle.id);
      return {
        id: circle.id,
        name: circle.name,
        ownerId: circle.ownerId,
        ownerDisplayName: names.get(circle.ownerId)!.displayName,
        conversationId: circle.conversationId,
        members: own.map((member) => ({
          userId: member.userId,
          displayName: names.get(member.userId)!.displayName,
          relationship: member.relationship,
          joinedAt: member.joinedAt,
        })),
        myRelationship: own.find((member) => member.userId === viewer.userId)?.relationship ?? null,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { CircleConversations } from '@kindred/messaging';
import { CircleMember } from '../circles/circle-member.entity';
import { SupportCircle } from '../circles/support-circle.entity';
import { CircleInvitation } from '../invitations/circle-invitation.entity';
import { eraseInvitationsOf } from './circles-privacy.queries';

/**
 * Circles' share of export and erasure. Export: the person's own circle with its supporters
 * and the invitations they sent (with the addresses they typed), the circles they support,
 * and invitations they received. Erasure: their circle (its memberships, invitations and
 * conversation go with it), their places in others' circles, and every invitation to them or
 * answered by them, including those others sent to their email address.
 */
@PersonalData()
@Injectable()
export class CirclesPersonalData implements PersonalDataContributor {
  readonly domain = 'circles';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'support_circles', personColumns: ['owner_id'] },
    { table: 'circle_members', personColumns: ['user_id'] },
    { table: 'circle_invitations', personColumns: ['inviter_id', 'invitee_id', 'responder_id'] },
  ];

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const circle = await manager.getRepository(SupportCircle).findOneBy({ ownerId: userId });
    const members = circle ? await manager.getRepository(CircleMember).find({ where: { circleId: circle.id }, order: { joinedAt: 'ASC' } }) : [];
    const sent = circle ? await manager.getRepository(CircleInvitation).find({ where: { circleId: circle.id }, order: { createdAt: 'ASC' } }) : [];
    const supporting = await manager.getRepository(CircleMember).find({ where: { userId }, order: { joinedAt: 'ASC' } });
    const received = await manager.getRepository(CircleInvitation).find({ where: { inviteeId: userId }, order: { createdAt: 'ASC' } });
    return {
      myCircle: circle && {
        name: circle.name,
        createdAt: circle.createdAt,
        supporters: members.map((member) => ({
          userId: member.userId,
          relationship: member.relationship,
          joinedAt: member.joinedAt,
          leftAt: member.leftAt,
          endedBy: member.endedBy,
        })),
        invitationsSent: sent.map((invitation) => ({
          email: invitation.email,
          inviteeId: invitation.inviteeId,
          relationship: invitation.relationship,
          status: invitation.status,
          createdAt: invitation.createdAt,
          respondedAt: invitation.respondedAt,
        })),
      },
      circlesISupport: supporting.map((member) => ({
        circleId: member.circleId,
        relationship: member.relationship,
        joinedAt: member.joinedAt,
        leftAt: member.leftAt,
      })),
      invitationsReceived: received.map((invitation) => ({ circleId: invitation.circleId, status: invitation.status, createdAt: invitation.createdAt })),
    };
  }

  constructor(
    private readonly conversations: CircleConversations,
    private readonly people: PeopleDirectory,
  ) {}

  async erase(manager: EntityManager, userId: string): Promise<void> {
    const circle = await manager.getRepository(SupportCircle).findOneBy({ ownerId: userId });
    if (circle?.conversationId) await this.conversations.remove(manager, circle.conversationId);
    await manager.delete(SupportCircle, { ownerId: userId });
    await manager.delete(CircleMember, { userId });
    // An invitation by email keeps the address it was sent to even once answered.
    const email = await this.people.emailForErasure(manager, userId);
    await eraseInvitationsOf.affected(manager, { userId, email });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError, Outbox, isUuid, type Viewer } from '@kindred/core';
import { hashToken, PeopleDirectory } from '@kindred/identity';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { CircleRelationship } from '../circles/circle-relationship';
import { CirclesService } from '../circles/circles.service';
import { SupportCircle } from '../circles/support-circle.entity';
import { CircleInvitation, InvitationStatus } from './circle-invitation.entity';
import { InvitationState, type CircleInvitationObject } from './invitations.types';
import { CircleMessages } from '../circles.messages';
import { answerInvitationById, answerInvitationByToken, insertInvitation, revokeInvitation } from './invitations.queries';

export const INVITATION_LIFETIME_DAYS = 7;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who answers an invitation: by the emailed token, or the person invited on Kindred by id. */
export type InvitationAnswerKey = { token: string } | { invitationId: string };

/**
 * Invitations into a member's circle. Answering is one conditional UPDATE that requires the
 * invitation to be pending and unexpired, so a token is used once, and an accept racing a
 * revocation has one winner.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly circles: CirclesService,
    private readonly people: PeopleDirectory,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  async inviteByEmail(viewer: Viewer, email: string, relationship: CircleRelationship): Promise<CircleInvitationObject> {
    const address = email.trim().toLowerCase();
    if (!EMAIL.test(address) || address.length > 254) throw new BadUserInputError(CircleMessages.INVITATION_EMAIL_INVALID(), { field: 'email' });
    const circle = await this.circles.ensure(viewer.userId);
    const invitation = await this.dataSource.transaction(async (manager) => {
      await this.refuseDuplicate(manager, circle, { email: address });
      const invitation = await this.insert(manager, circle, viewer.userId, relationship, { email: address });
      await this.outbox.stage(manager, { name: 'circles.send-invitation', data: { invitationId: invitation.id } });
      return invitation;
    });
    return (await this.present([invitation], viewer))[0]!;
  }

  async inviteByPerson(viewer: Viewer, userId: string, relationship: CircleRelationship): Promise<CircleInvitationObject> {
    if (!isUuid(userId) || userId === viewer.userId || !(await this.people.isActive(userId))) {
      throw new BadUserInputError(CircleMessages.INVITEE_NOT_FOUND(), { field: 'userId' });
    }
    const circle = await this.circles.ensure(viewer.userId);
    if (await this.circles.isSupporter(viewer.userId, userId)) throw new ConflictError(CircleMessages.ALREADY_IN_YOUR_CIRCLE());
    const invitation = await this.dataSource.transaction(async (manager) => {
      await this.refuseDuplicate(manager, circle, { inviteeId: userId });
      const created = await this.insert(manager, circle, viewer.userId, relationship, { inviteeId: userId });
      await this.notifier.notify(manager, { userId, kind: NotificationKind.INVITATION, subjectId: created.id });
      return created;
    });
    return (await this.present([invitation], viewer))[0]!;
  }

  async revoke(viewer: Viewer, invitationId: string): Promise<CircleInvitationObject> {
    const circle = await this.circles.ensure(viewer.userId);
    const affected = isUuid(invitationId) ? await revokeInvitation.affected(this.dataSource.manager, { invitationId, circleId: circle.id }) : 0;
    const invitation = isUuid(invitationId) ? await this.dataSource.getRepository(CircleInvitation).findOneBy({ id: invitationId, circleId: circle.id }) : null;
    if (!invitation) throw new NotFoundError(CircleMessages.INVITATION_NOT_FOUND());
    if (affected === 0 && invitation.status !== InvitationStatus.REVOKED) throw new ConflictError(CircleMessages.INVITATION_ALREADY_ANSWERED());
    return (await this.present([invitation], viewer))[0]!;
  }

  /** Joins the circle. The member cannot accept their own invitation. */
  async accept(viewer: Viewer, key: InvitationAnswerKey): Promise<CircleInvitationObject> {
    const { invitation, circle } = await this.dataSource.transaction(async (manager) => {
      const answered = await this.answer(manager, viewer, key, InvitationStatus.ACCEPTED);
      const circle = await manager.getRepository(SupportCircle).findOneByOrFail({ id: answered.circleId });
      await this.circles.admit(manager, circle, viewer.userId, answered.relationship);
      return { invitation: answered, circle };
    });
    await this.circles.announceJoined(circle, viewer.userId);
    return (await this.present([invitation], viewer))[0]!;
  }

  async decline(viewer: Viewer, key: InvitationAnswerKey): Promise<CircleInvitationObject> {
    const invitation = await this.dataSource.transaction((manager) => this.answer(manager, viewer, key, InvitationStatus.DECLINED));
    return (await this.present([invitation], viewer))[0]!;
  }

  /** The member's invitations, newest first. */
  async sent(viewer: Viewer): Promise<CircleInvitationObject[]> {
    const circle = await this.circles.ensure(viewer.userId);
    const invitations = await this.dataSource.getRepository(CircleInvitation).find({ where: { circleId: circle.id }, order: { createdAt: 'DESC' }, take: 100 });
    return this.present(invitations, viewer);
  }

  /** Invitations waiting for the viewer on Kindred (by person, not by email). */
  async received(viewer: Viewer): Promise<CircleInvitationObject[]> {
    const invitations = await this.dataSource
      .getRepository(CircleInvitation)
      .createQueryBuilder('invitation')
      .where(`invitation.invitee_id = :userId AND invitation.status = 'PENDING' AND invitation.expires_at > now()`, { userId: viewer.userId })
      .orderBy('invitation.created_at', 'DESC')
      .getMany();
    return this.present(invitations, viewer);
  }

  private async answer(manager: EntityManager, viewer: Viewer, key: InvitationAnswerKey, status: InvitationStatus): Promise<CircleInvitation> {
    const answered =
      'token' in key
        ? await answerInvitationByToken.one(manager, { tokenHash: hashToken(key.token), status, responderId: viewer.userId })
        : isUuid(key.invitationId)
          ? await answerInvitationById.one(manager, { invitationId: key.invitationId, status, responderId: viewer.userId })
          : undefined;
    if (!answered) throw new BadUserInputError(CircleMessages.INVITATION_NO_LONGER_VALID(), { field: 'token' in key ? 'token' : 'invitationId' });
    return manager.getRepository(CircleInvitation).findOneByOrFail({ id: answered.id });
  }

  private async refuseDuplicate(manager: EntityManager, circle: SupportCircle, to: { email?: string; inviteeId?: string }): Promise<void> {
    const pending = await manager
      .getRepository(CircleInvitation)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where(`invitation.circle_id = :circleId AND invitation.status = 'PENDING' AND invitation.expires_at > now()`, { circleId: circle.id })
      .andWhere(to.email ? 'invitation.email = :email' : 'invitation.invitee_id = :inviteeId', to)
      .getExists();
    if (pending) throw new ConflictError(CircleMessages.INVITATION_ALREADY_WAITING());
  }

  private async insert(
    manager: EntityManager,
    circle: SupportCircle,
    inviterId: string,
    relationship: CircleRelationship,
    to: { email?: string; inviteeId?: string },
  ): Promise<CircleInvitation> {
    if (!Object.values(CircleRelationship).includes(relationship))
      throw new BadUserInputError(CircleMessages.CIRCLE_RELATIONSHIP_REQUIRED(), { field: 'relationship' });
    const row = await insertInvitation.one(manager, {
      circleId: circle.id,
      inviterId,
      inviteeId: to.inviteeId ?? null,
      email: to.email ?? null,
      relationship,
      lifetimeDays: INVITATION_LIFETIME_DAYS,
    });
    return manager.getRepository(CircleInvitation).findOneByOrFail({ id: row!.id });
  }

  /** The address is shown to the member who typed it, never to anyone else. */
  private async present(invitations: readonly CircleInvitation[], viewer: Viewer): Promise<CircleInvitationObject[]> {
    if (invitations.length === 0) return [];
    const circles = await this.dataSource.getRepository(SupportCircle).findBy({ id: In([...new Set(invitations.map((invitation) => invitation.circleId))]) });
    const circleOf = new Map(circles.map((circle) => [circle.id, circle]));
    const names = await this.people.summaries(invitations.map((invitation) => invitation.inviterId));
    const now = Date.now();
    return invitations.map((invitation) => {
      const circle = circleOf.get(invitation.circleId)!;
      const expired = invitation.status === InvitationStatus.PENDING && invitation.expiresAt.getTime() <= now;
      return {
        id: invitation.id,
        circleId: invitation.circleId,
        circleName: circle.name,
        inviterDisplayName: names.get(invitation.inviterId)!.displayName,
        email: circle.ownerId === viewer.userId ? invitation.email : null,
        inviteeId: invitation.inviteeId,
        relationship: invitation.relationship,
        state: expired ? InvitationState.EXPIRED : (invitation.status as string as InvitationState),
        createdAt: invitation.createdAt,
        expiresAt: invitation.expiresAt,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource } from 'typeorm';
import { CircleSupporters } from '@kindred/circles';
import { BadUserInputError, NotFoundError, isUuid, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { MentorshipContacts } from '@kindred/messaging';
import { ModerationMessages } from '../moderation.messages';
import { SupportNowChoice, SupportResponder } from './support-now.entities';
import type { SupportNowSetupObject } from './support-now.types';

/**
 * Who a person reaches when they need support now. They choose among their mentors and the
 * people in their support circle; each one chosen must agree themself before they are ever
 * alerted, and may withdraw at any time. Every change is audited.
 */
@Injectable()
export class SupportRespondersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentorships: MentorshipContacts,
    private readonly circles: CircleSupporters,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
  ) {}

  /** The person's mentors and circle members now, with how they know them (a mentor first when both). */
  async eligibleFor(memberId: string): Promise<Map<string, string>> {
    const [mentors, supporters] = await Promise.all([this.mentorships.mentorsOf(memberId), this.circles.of(memberId)]);
    const eligible = new Map<string, string>();
    for (const id of supporters) eligible.set(id, 'SUPPORTER');
    for (const id of mentors) eligible.set(id, 'MENTOR');
    eligible.delete(memberId);
    return eligible;
  }

  async setup(viewer: Viewer): Promise<SupportNowSetupObject> {
    const [eligible, chosen, asked, choice] = await Promise.all([
      this.eligibleFor(viewer.userId),
      this.dataSource.getRepository(SupportResponder).find({ where: { memberId: viewer.userId }, order: { chosenAt: 'ASC' } }),
      this.dataSource.getRepository(SupportResponder).find({ where: { responderId: viewer.userId }, order: { chosenAt: 'ASC' } }),
      this.dataSource.getRepository(SupportNowChoice).findOneBy({ memberId: viewer.userId }),
    ]);
    const names = await this.people.summaries([...eligible.keys(), ...chosen.map((row) => row.responderId), ...asked.map((row) => row.memberId)]);
    const chosenIds = new Set(chosen.map((row) => row.responderId));
    return {
      responders: chosen.map((row) => ({
        userId: row.responderId,
        displayName: names.get(row.responderId)!.displayName,
        relationship: eligible.get(row.responderId) ?? null,
        consented: row.consentedAt !== null,
      })),
      candidates: [...eligible]
        .filter(([id]) => !chosenIds.has(id))
        .map(([userId, relationship]) => ({ userId, displayName: names.get(userId)!.displayName, relationship })),
      reachOnCall: choice?.reachOnCall ?? false,
      askedOfMe: asked.map((row) => ({
        memberId: row.memberId,
        memberDisplayName: names.get(row.memberId)!.displayName,
        consented: row.consentedAt !== null,
        throughQuietHours: row.throughQuietHours,
      })),
    };
  }

  /** Chooses one of the person's mentors or circle members; they are asked, not yet alerted. */
  async choose(viewer: Viewer, userId: string, requestId: string): Promise<SupportNowSetupObject> {
    if (!isUuid(userId) || !(await this.eligibleFor(viewer.userId)).has(userId)) {
      throw new BadUserInputError(ModerationMessages.SUPPORT_RESPONDER_NOT_ELIGIBLE(), { field: 'userId' });
    }
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SupportResponder)
        .values({ memberId: viewer.userId, responderId: userId })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return;
      await this.audit.record(manager, { action: AuditAction.SUPPORT_RESPONDER_CHOSEN, actorId: viewer.userId, subjectId: userId, requestId });
    });
    return this.setup(viewer);
  }

  /** The person no longer reaches this responder (their consent goes with the choice). */
  async remove(viewer: Viewer, userId: string, requestId: string): Promise<SupportNowSetupObject> {
    await this.dataSource.transaction(async (manager) => {
      const removed = isUuid(userId) ? await manager.delete(SupportResponder, { memberId: viewer.userId, responderId: userId }) : { affected: 0 };
      if (!removed.affected) throw new NotFoundError(ModerationMessages.SUPPORT_RESPONDER_NOT_FOUND());
      await this.audit.record(manager, { action: AuditAction.SUPPORT_RESPONDER_REMOVED, actorId: viewer.userId, subjectId: userId, requestId });
    });
    return this.setup(viewer);
  }

  async setReachOnCall(viewer: Viewer, reachOnCall: boolean): Promise<SupportNowSetupObject> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SupportNowChoice)
      .values({ memberId: viewer.userId, reachOnCall })
      .orUpdate(['reach_on_call'], ['member_id'])
      .execute();
    return this.setup(viewer);
  }

  /** The responder's own answer to someone who chose them: agree (and whether through quiet hours), or withdraw. */
  async answerAsk(viewer: Viewer, memberId: string, consent: boolean, throughQuietHours: boolean, requestId: string): Promise<SupportNowSetupObject> {
    await this.dataSource.transaction(async (manager) => {
      const ask = isUuid(memberId)
        ? await manager.getRepository(SupportResponder).findOne({ where: { memberId, responderId: viewer.userId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!ask) throw new NotFoundError(ModerationMessages.SUPPORT_ASK_NOT_FOUND());
      const wasConsented = ask.consentedAt !== null;
      await manager.update(
        SupportResponder,
        { id: ask.id },
        { consentedAt: consent ? (ask.consentedAt ?? new Date()) : null, throughQuietHours: consent && throughQuietHours },
      );
      if (wasConsented !== consent) {
        await this.audit.record(manager, {
          action: consent ? AuditAction.SUPPORT_RESPONDER_CONSENT_GIVEN : AuditAction.SUPPORT_RESPONDER_CONSENT_WITHDRAWN,
          actorId: viewer.userId,
          subjectId: memberId,
          requestId,
        });
      }
    });
    return this.setup(viewer);
  }

  /** The consenting responders a call alerts now: chosen, agreed, and still the person's mentor or circle member. */
  async consentingFor(memberId: string): Promise<{ responderId: string; throughQuietHours: boolean }[]> {
    const [rows, eligible] = await Promise.all([
      this.dataSource.getRepository(SupportResponder).findBy({ memberId, consentedAt: Not(IsNull()) }),
      this.eligibleFor(memberId),
    ]);
    return rows.filter((row) => eligible.has(row.responderId)).map((row) => ({ responderId: row.responderId, throughQuietHours: row.throughQuietHours }));
  }
}

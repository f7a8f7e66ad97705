import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { appealStatementContext } from '../appeals/moderation-appeals.service';
import { ModerationAppeal } from '../appeals/moderation-appeal.entity';
import { CrisisAlertConsent, CrisisMentorAlert, CrisisSupportOffer } from '../crisis/crisis.entities';
import { ModerationDecision } from '../decisions/moderation-decision.entity';
import { ModerationReport } from '../reports/moderation-report.entity';
import { reportNoteContext } from '../reports/moderation-reports.service';
import { AllianceModerator } from '../moderators/alliance-moderator.entity';
import { OnCallShift } from '../on-call/on-call.entities';
import { SupportAlert, SupportNowChoice, SupportRequest, SupportResponder } from '../support-now/support-now.entities';
import { eraseCasesAbout, eraseDecisionsAbout, forgetCasePerson, forgetCaseResolver, forgetDecidingModerator } from './moderation-privacy.queries';

/**
 * Moderation's share of export and erasure.
 *
 * Export: decisions about the person (with reasons), their appeals, their reports (reason,
 * note and outcome; never who or what the others reported), their crisis-alert consent and
 * the support offered to them, and their moderator appointments. Not what others reported
 * about them: reporters are protected.
 *
 * Erasure: their reports, appeals, consent, support offers and alerts go (and all of "I need support now":
 * responders, calls, alerts received, on-call shifts), as do decisions
 * about them and cases whose subject is theirs by id (them as a person, their profile
 * introduction); cases about other content they wrote lose their identity (person → NULL).
 * Where they were the moderator or appointer, their id is removed.
 */
@EncryptedColumns([
  { table: 'moderation_appeals', column: 'statement', context: (row) => appealStatementContext(row.id) },
  { table: 'moderation_reports', column: 'note', context: (row) => reportNoteContext(row.id) },
])
@PersonalData()
@Injectable()
export class ModerationPersonalData implements PersonalDataContributor {
  readonly domain = 'moderation';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'alliance_moderators', personColumns: ['user_id', 'appointed_by'] },
    { table: 'moderation_cases', personColumns: ['person_id', 'resolved_by'] },
    { table: 'moderation_reports', personColumns: ['reporter_id'] },
    { table: 'moderation_decisions', personColumns: ['person_id', 'moderator_id'] },
    { table: 'moderation_appeals', personColumns: ['appellant_id', 'decided_by'] },
    { table: 'crisis_alert_consents', personColumns: ['user_id'] },
    { table: 'crisis_support_offers', personColumns: ['user_id'] },
    { table: 'crisis_mentor_alerts', personColumns: ['mentor_id', 'member_id'] },
    { table: 'support_responders', personColumns: ['member_id', 'responder_id'] },
    { table: 'support_now_choices', personColumns: ['member_id'] },
    { table: 'support_requests', personColumns: ['member_id'] },
    { table: 'support_alerts', personColumns: ['responder_id'] },
    { table: 'on_call_shifts', personColumns: ['peer_id', 'created_by'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const decisions = await manager.getRepository(ModerationDecision).find({ where: { personId: userId }, order: { createdAt: 'ASC' } });
    const appeals = await manager.getRepository(ModerationAppeal).find({ where: { appellantId: userId }, order: { createdAt: 'ASC' } });
    const reports = await manager.getRepository(ModerationReport).find({ where: { reporterId: userId }, order: { createdAt: 'ASC' } });
    const consent = await manager.getRepository(CrisisAlertConsent).findOneBy({ userId });
    const offers = await manager.getRepository(CrisisSupportOffer).find({ where: { userId }, order: { createdAt: 'ASC' } });
    const alertsAboutMe = await manager.getRepository(CrisisMentorAlert).find({ where: { memberId: userId }, order: { createdAt: 'ASC' } });
    const appointments = await manager.getRepository(AllianceModerator).find({ where: { userId }, order: { appointedAt: 'ASC' } });
    const responders = await manager.getRepository(SupportResponder).find({ where: { memberId: userId }, order: { chosenAt: 'ASC' } });
    const respondingFor = await manager.getRepository(SupportResponder).find({ where: { responderId: userId }, order: { chosenAt: 'ASC' } });
    const choice = await manager.getRepository(SupportNowChoice).findOneBy({ memberId: userId });
    const calls = await manager.getRepository(SupportRequest).find({ where: { memberId: userId }, order: { createdAt: 'ASC' } });
    const alertsReceived = await manager.getRepository(SupportAlert).find({ where: { responderId: userId }, order: { createdAt: 'ASC' } });
    const shifts = await manager.getRepository(OnCallShift).find({ where: { peerId: userId }, order: { weekday: 'ASC' } });
    return {
      decisionsAboutMe: decisions.map((decision) => ({
        id: decision.id,
        action: decision.action,
        subjectKind: decision.subjectKind,
        reason: decision.reason,
        suspendedUntil: decision.suspendedUntil,
        undoes: decision.reversesId,
        decidedAt: decision.createdAt,
      })),
      appeals: appeals.map((appeal) => ({
        decisionId: appeal.decisionId,
        statement: this.cipher.decrypt(appeal.statement, appealStatementContext(appeal.id)),
        status: appeal.status,
        decisionNote: appeal.decisionNote,
        appealedAt: appeal.createdAt,
        decidedAt: appeal.decidedAt,
      })),
      reportsMade: reports.map((report) => ({
        reason: report.reason,
        note: report.note ? this.cipher.decrypt(report.note, reportNoteContext(report.id)) : null,
        reportedAt: report.createdAt,
        outcome: report.outcome,
      })),
      crisisAlertConsentGivenAt: consent?.consentedAt ?? null,
      crisisSupportOffered: offers.map((offer) => ({ offeredAt: offer.createdAt, seenAt: offer.seenAt })),
      mentorAlertsRaised: alertsAboutMe.map((alert) => ({ mentorId: alert.mentorId, raisedAt: alert.createdAt })),
      supportNow: {
        respondersChosen: responders.map((row) => ({ responderId: row.responderId, chosenAt: row.chosenAt, consentedAt: row.consentedAt })),
        respondingFor: respondingFor.map((row) => ({
          memberId: row.memberId,
          consentedAt: row.consentedAt,
          throughQuietHours: row.throughQuietHours,
        })),
        reachOnCall: choice?.reachOnCall ?? false,
        calls: calls.map((call) => ({ id: call.id, createdAt: call.createdAt, escalatedAt: call.escalatedAt, closedAt: call.closedAt })),
        alertsReceived: alertsReceived.map((alert) => ({
          requestId: alert.requestId,
          reason: alert.reason,
          alertedAt: alert.createdAt,
          answeredAt: alert.answeredAt,
        })),
        onCallShifts: shifts.map((shift) => ({ allianceId: shift.allianceId, weekday: shift.weekday, startsAt: shift.startsAt, endsAt: shift.endsAt })),
      },
      moderatorAppointments: appointments.map((appointment) => ({
        allianceId: appointment.allianceId,
        appointedAt: appointment.appointedAt,
        endedAt: appointment.endedAt,
      })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(ModerationReport, { reporterId: userId });
    await manager.delete(ModerationAppeal, { appellantId: userId });
    await manager.update(ModerationAppeal, { decidedBy: userId }, { decidedBy: null });
    await manager.delete(CrisisMentorAlert, { memberId: userId });
    await manager.delete(CrisisMentorAlert, { mentorId: userId });
    await manager.delete(CrisisSupportOffer, { userId });
    await manager.delete(CrisisAlertConsent, { userId });
    await manager.delete(SupportResponder, { memberId: userId });
    await manager.delete(SupportResponder, { responderId: userId });
    await manager.delete(SupportNowChoice, { memberId: userId });
    await manager.delete(SupportRequest, { memberId: userId });
    await manager.delete(SupportAlert, { responderId: userId });
    await manager.delete(OnCallShift, { peerId: userId });
    await manager.update(OnCallShift, { createdBy: userId }, { createdBy: null });
    // Whatever the kind, a subject whose id is the person's (the person, their profile introduction) is them.
    await eraseDecisionsAbout.affected(manager, { userId });
    await eraseCasesAbout.affected(manager, { userId });
    await forgetDecidingModerator.affected(manager, { userId });
    await forgetCasePerson.affected(manager, { userId });
    await forgetCaseResolver.affected(manager, { userId });
    await manager.delete(AllianceModerator, { userId });
    await manager.update(AllianceModerator, { appointedBy: userId }, { appointedBy: null });
  }
}

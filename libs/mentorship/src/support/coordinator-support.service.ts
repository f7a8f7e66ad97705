import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource } from 'typeorm';
import { CoordinatorsService } from '@kindred/alliances';
import { ConflictError, FieldCipher, ForbiddenError, NotFoundError, checkText, isUuid, refuseOwnCase, type CipherContext, type Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { Mentorship } from '../mentorships/mentorship.entity';
import { MentorReport, MentorReportReason } from './mentor-report.entity';
import type { MentorReportObject, MentorshipHelpRequestObject } from './coordinator-support.types';
import { MentorshipMessages } from '../mentorship.messages';

export const reportNoteContext = (id: string): CipherContext => ({ table: 'mentor_reports', column: 'note', rowId: id });

/**
 * What coordinators see of mentorships: a flag when either side asks for help, and members'
 * reports of an inactive or unsuitable mentor. Only the coordinators of the mentorship's
 * alliance, and never about a mentorship of their own: another coordinator handles those.
 */
@Injectable()
export class CoordinatorSupportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coordinators: CoordinatorsService,
    private readonly people: PeopleDirectory,
    private readonly cipher: FieldCipher,
  ) {}

  async askForHelp(viewer: Viewer, mentorshipId: string): Promise<void> {
    const mentorship = await this.ownMentorship(viewer, mentorshipId);
    await this.dataSource
      .getRepository(Mentorship)
      .update({ id: mentorship.id }, { helpRequestedAt: () => 'now()', helpRequestedBy: viewer.userId, helpResolvedAt: null });
  }

  async reportMentor(viewer: Viewer, mentorshipId: string, reason: MentorReportReason, note: string | null): Promise<void> {
    const mentorship = await this.ownMentorship(viewer, mentorshipId);
    if (mentorship.memberId !== viewer.userId) throw new ForbiddenError(MentorshipMessages.MEMBERS_REPORT_THEIR_MENTOR());
    const text = note?.trim() ? checkText(note, 'note', MentorshipMessages.MENTORSHIP_LABEL_NOTE(), { max: 1000 }) : null;
    const id = randomUUID();
    await this.dataSource.getRepository(MentorReport).insert({
      id,
      mentorshipId: mentorship.id,
      reporterId: viewer.userId,
      mentorId: mentorship.mentorId,
      allianceId: mentorship.allianceId,
      reason,
      note: text ? this.cipher.encrypt(text, reportNoteContext(id)) : null,
    });
  }

  async helpRequests(viewer: Viewer, allianceId: string): Promise<MentorshipHelpRequestObject[]> {
    await this.requireCoordinator(viewer, allianceId);
    const rows = await this.dataSource
      .getRepository(Mentorship)
      .createQueryBuilder('m')
      .where('m.alliance_id = :allianceId AND m.help_requested_at IS NOT NULL AND m.help_resolved_at IS NULL', { allianceId })
      .andWhere(':viewerId NOT IN (m.member_id, m.mentor_id)', { viewerId: viewer.userId })
      .orderBy('m.help_requested_at', 'ASC')
      .take(100)
      .getMany();
    const names = await this.people.summaries(rows.flatMap((row) => [row.memberId, row.mentorId, ...(row.helpRequestedBy ? [row.helpRequestedBy] : [])]));
    return rows.map((row) => ({
      mentorshipId: row.id,
      memberDisplayName: names.get(row.memberId)!.displayName,
      mentorDisplayName: names.get(row.mentorId)!.displayName,
      askedBy: row.helpRequestedBy === row.mentorId ? 'MENTOR' : 'MEMBER',
      askedAt: row.helpRequestedAt!,
    }));
  }

  async resolveHelp(viewer: Viewer, mentorshipId: string): Promise<void> {
    const mentorship = isUuid(mentorshipId) ? await this.dataSource.getRepository(Mentorship).findOneBy({ id: mentorshipId }) : null;
    if (!mentorship) throw new NotFoundError(MentorshipMessages.MENTORSHIP_NOT_FOUND());
    await this.requireCoordinator(viewer, mentorship.allianceId);
    refuseOwnCase(viewer.userId, [mentorship.memberId, mentorship.mentorId], MentorshipMessages.OWN_MENTORSHIP_HELP_REQUEST());
    if (!mentorship.helpRequestedAt || mentorship.helpResolvedAt) throw new ConflictError(MentorshipMessages.NO_OPEN_HELP_REQUEST());
    await this.dataSource.getRepository(Mentorship).update({ id: mentorship.id }, { helpResolvedAt: () => 'now()' });
  }

  async reports(viewer: Viewer, allianceId: string): Promise<MentorReportObject[]> {
    await this.requireCoordinator(viewer, allianceId);
    const rows = await this.dataSource
      .getRepository(MentorReport)
      .find({ where: { allianceId, mentorId: Not(viewer.userId) }, order: { createdAt: 'DESC' }, take: 100 });
    const names = await this.people.summaries(rows.map((row) => row.mentorId));
    return rows.map((row) => ({
      id: row.id,
      mentorId: row.mentorId,
      mentorDisplayName: names.get(row.mentorId)!.displayName,
      reason: row.reason,
      note: row.note ? this.cipher.decrypt(row.note, reportNoteContext(row.id)) : null,
      createdAt: row.createdAt,
    }));
  }

  private async ownMentorship(viewer: Viewer, mentorshipId: string): Promise<Mentorship> {
    const mentorship = isUuid(mentorshipId) ? await this.dataSource.getRepository(Mentorship).findOneBy({ id: mentorshipId }) : null;
    if (!mentorship || (mentorship.memberId !== viewer.userId && mentorship.mentorId !== viewer.userId))
      throw new NotFoundError(MentorshipMessages.MENTORSHIP_NOT_FOUND());
    return mentorship;
  }

  private requireCoordinator(viewer: Viewer, allianceId: string): Promise<void> {
    return this.coordinators.requireCoordinator(this.dataSource.manager, viewer.userId, allianceId, MentorshipMessages.SEE_MENTORSHIP_HELP_REQUESTS());
  }
}

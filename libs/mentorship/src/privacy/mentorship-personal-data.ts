import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_LOCALE, EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { MentorAvailability } from '../availability/mentor-availability.entity';
import { endReasonContext, introContext } from '../mentorships/mentorships.service';
import { Mentorship, MentorshipEvent } from '../mentorships/mentorship.entity';
import { MentorReport } from '../support/mentor-report.entity';
import { reasonWords } from '../suggestions/suggestion-reasons';
import { reportNoteContext } from '../support/coordinator-support.service';
import {
  deleteMentorshipsInvolving,
  deleteReportsInvolving,
  deleteSuggestionsInvolving,
  forgetEnder,
  forgetEventActor,
  forgetHelpRequester,
  forgetReportHandler,
  suggestionsMadeTo,
} from './mentorship-privacy.queries';

/**
 * Mentorship's share of export and erasure. Export: the person's mentorships on either side
 * (their own words decrypted: an intro they wrote, an end reason they gave), their history,
 * their breaks, the reports they made and the suggestions made to them. Erasure: mentorships and reports involving them go
 * (with their history); where they only acted (ended one, handled a report), their id goes.
 */
@EncryptedColumns([
  { table: 'mentorships', column: 'intro', context: (row) => introContext(row.id) },
  { table: 'mentorships', column: 'end_reason', context: (row) => endReasonContext(row.id) },
  { table: 'mentor_reports', column: 'note', context: (row) => reportNoteContext(row.id) },
])
@PersonalData()
@Injectable()
export class MentorshipPersonalData implements PersonalDataContributor {
  readonly domain = 'mentorship';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'mentorships', personColumns: ['member_id', 'mentor_id', 'ended_by', 'help_requested_by'] },
    { table: 'mentorship_events', personColumns: ['actor_id'] },
    { table: 'mentor_availability', personColumns: ['mentor_id'] },
    { table: 'mentor_reports', personColumns: ['reporter_id', 'mentor_id', 'handled_by'] },
    { table: 'mentor_suggestions', personColumns: ['member_id', 'mentor_id'] },
  ];

  constructor(
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
  ) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const mentorships = await manager
      .getRepository(Mentorship)
      .createQueryBuilder('m')
      .where('m.member_id = :userId OR m.mentor_id = :userId', { userId })
      .orderBy('m.requested_at', 'ASC')
      .getMany();
    const events = mentorships.length
      ? await manager
          .getRepository(MentorshipEvent)
          .createQueryBuilder('e')
          .where('e.mentorship_id IN (:...ids)', { ids: mentorships.map((row) => row.id) })
          .orderBy('e.id', 'ASC')
          .getMany()
      : [];
    const availability = await manager.getRepository(MentorAvailability).findOneBy({ mentorId: userId });
    const reports = await manager.getRepository(MentorReport).find({ where: { reporterId: userId }, order: { createdAt: 'ASC' } });
    const suggestions = await suggestionsMadeTo.all(manager, { userId });
    // The reasons in the words the person reads Kindred in.
    const locale = (await this.people.settings([userId])).get(userId)?.locale ?? DEFAULT_LOCALE;
    return {
      mentorSuggestions: suggestions.map((suggestion) => ({ ...suggestion, reasons: reasonWords(suggestion.reasons, locale) })),
      mentorships: mentorships.map((row) => ({
        role: row.memberId === userId ? 'MEMBER' : 'MENTOR',
        otherPersonId: row.memberId === userId ? row.mentorId : row.memberId,
        status: row.status,
        intro: row.intro && row.memberId === userId ? this.cipher.decrypt(row.intro, introContext(row.id)) : null,
        requestedAt: row.requestedAt,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        myEndReason: row.endReason && row.endedBy === userId ? this.cipher.decrypt(row.endReason, endReasonContext(row.id)) : null,
        history: events.filter((event) => event.mentorshipId === row.id).map((event) => ({ kind: event.kind, byMe: event.actorId === userId, at: event.at })),
      })),
      mentorBreakUntil: availability?.unavailableUntil ?? null,
      mentorReportsMade: reports.map((report) => ({
        reason: report.reason,
        note: report.note ? this.cipher.decrypt(report.note, reportNoteContext(report.id)) : null,
        createdAt: report.createdAt,
      })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await deleteReportsInvolving.affected(manager, { userId });
    await forgetReportHandler.affected(manager, { userId });
    await deleteMentorshipsInvolving.affected(manager, { userId });
    await forgetEnder.affected(manager, { userId });
    await forgetHelpRequester.affected(manager, { userId });
    await forgetEventActor.affected(manager, { userId });
    await manager.delete(MentorAvailability, { mentorId: userId });
    await deleteSuggestionsInvolving.affected(manager, { userId });
  }
}

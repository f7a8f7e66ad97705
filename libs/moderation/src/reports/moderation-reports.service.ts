import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, FieldCipher, ModeratedContentRegistry, NotFoundError, checkText, type CipherContext, type Viewer, isUuid } from '@kindred/core';
import { ContactEligibility } from '@kindred/messaging';
import { ModerationCases } from '../cases/moderation-cases';
import { CaseSubjectKind, contentKindOf, REPORT_SEVERITY, type ReportReason } from '../moderation.enums';
import { ModerationReport } from './moderation-report.entity';
import type { ModerationReportObject } from './moderation-reports.types';
import { insertReport } from './moderation-reports.queries';
import { ModerationMessages } from '../moderation.messages';

export const reportNoteContext = (reportId: string): CipherContext => ({ table: 'moderation_reports', column: 'note', rowId: reportId });

/**
 * Reports from people in a conversation: about a message (or other content they can see)
 * or about a person they share a conversation with. A report joins the subject's open case;
 * reporting the same thing twice is one report.
 */
@Injectable()
export class ModerationReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ModeratedContentRegistry,
    private readonly cases: ModerationCases,
    private readonly contacts: ContactEligibility,
    private readonly cipher: FieldCipher,
  ) {}

  async reportContent(viewer: Viewer, kind: CaseSubjectKind, contentId: string, reason: ReportReason, note: string | null): Promise<ModerationReportObject> {
    const contentKind = contentKindOf(kind);
    if (!contentKind) throw new BadUserInputError(ModerationMessages.USE_REPORT_PERSON(), { field: 'kind' });
    const source = this.registry.get(contentKind);
    if (!isUuid(contentId) || !(await source.isVisibleTo(viewer.userId, contentId))) {
      throw new NotFoundError(ModerationMessages.REPORTED_CONTENT_NOT_FOUND());
    }
    const item = await source.load(this.dataSource.manager, contentId);
    if (!item) throw new NotFoundError(ModerationMessages.REPORTED_CONTENT_NOT_FOUND());
    if (item.authorId === viewer.userId) throw new BadUserInputError(ModerationMessages.CANNOT_REPORT_OWN_WRITING());
    const allianceIds = await this.cases.alliancesFor(this.dataSource.manager, item, null);
    return this.file(viewer, { kind, ref: contentId, personId: item.authorId, allianceIds }, reason, note);
  }

  async reportPerson(viewer: Viewer, personId: string, reason: ReportReason, note: string | null): Promise<ModerationReportObject> {
    if (personId === viewer.userId) throw new BadUserInputError(ModerationMessages.CANNOT_REPORT_YOURSELF(), { field: 'personId' });
    // Only someone who shares a conversation with the person: strangers cannot pile on.
    if (!isUuid(personId) || !(await this.contacts.sharesConversation(viewer.userId, personId, null))) {
      throw new NotFoundError(ModerationMessages.REPORT_PEOPLE_YOU_TALK_WITH());
    }
    const allianceIds = await this.cases.alliancesFor(this.dataSource.manager, null, personId);
    return this.file(viewer, { kind: CaseSubjectKind.PERSON, ref: personId, personId, allianceIds }, reason, note);
  }

  /** The viewer's reports, newest first, with their outcome and nothing more. */
  async mine(viewer: Viewer): Promise<ModerationReportObject[]> {
    const reports = await this.dataSource
      .getRepository(ModerationReport)
      .find({ where: { reporterId: viewer.userId }, order: { createdAt: 'DESC' }, take: 100 });
    return reports.map(toReportObject);
  }

  private async file(
    viewer: Viewer,
    subject: { kind: CaseSubjectKind; ref: string; personId: string | null; allianceIds: string[] },
    reason: ReportReason,
    note: string | null,
  ): Promise<ModerationReportObject> {
    const checkedNote = !note?.trim() ? null : checkText(note, 'note', ModerationMessages.MODERATION_LABEL_NOTE(), { max: 1000 });
    const report = await this.dataSource.transaction(async (manager) => {
      const caseId = await this.cases.openOrJoin(manager, {
        subjectKind: subject.kind,
        subjectRef: subject.ref,
        personId: subject.personId,
        allianceIds: subject.allianceIds,
        severity: REPORT_SEVERITY[reason],
        categories: [reason],
        reported: true,
      });
      const id = randomUUID();
      await insertReport.affected(manager, {
        id,
        caseId,
        reporterId: viewer.userId,
        reason,
        sealedNote: checkedNote ? this.cipher.encrypt(checkedNote, reportNoteContext(id)) : null,
      });
      return manager.getRepository(ModerationReport).findOneByOrFail({ caseId, reporterId: viewer.userId });
    });
    return toReportObject(report);
  }
}

function toReportObject(report: ModerationReport): ModerationReportObject {
  return { id: report.id, reason: report.reason, createdAt: report.createdAt, outcome: report.outcome, outcomeAt: report.outcomeAt };
}

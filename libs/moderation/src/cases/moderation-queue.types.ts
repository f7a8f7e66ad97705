import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, ContentVisibility, PageArgs } from '@kindred/core';
import { ModerationDecisionObject } from '../decisions/moderation-decisions.types';
import { CaseSeverity, CaseStatus, CaseSubjectKind, ReportReason } from '../moderation.enums';

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cases of this alliance (one you moderate).' })
  allianceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases with this category, e.g. HARASSMENT, DRUG_SELLING, SPAM or a report reason.' })
  category?: string | null;

  @Field(() => CaseSeverity, { nullable: true, description: 'Only cases of this severity.' })
  severity?: CaseSeverity | null;

  @Field(() => Int, { nullable: true, description: 'Only cases open for at least this many hours.' })
  minAgeHours?: number | null;

  @Field(() => CaseStatus, {
    defaultValue: CaseStatus.OPEN,
    description: 'OPEN (the default): cases awaiting a decision, oldest first. RESOLVED: decided cases, newest first, to look back or undo.',
  })
  status!: CaseStatus;
}

@ObjectType('ModerationFinding', { description: 'What automatic moderation found: rule ids and a count, never the words.' })
export class ModerationFindingObject {
  @Field(() => String, { description: 'The category.' })
  category!: string;

  @Field(() => String, { description: 'How serious the category is.' })
  severity!: string;

  @Field(() => [String], { description: 'Which rules matched.' })
  ruleIds!: string[];

  @Field(() => Int, { description: 'How many matches.' })
  count!: number;
}

@ObjectType('ModerationCase', { description: 'Something awaiting, or having had, a moderator’s decision.' })
export class ModerationCaseObject {
  @Field(() => ID, { description: 'Identifier of the case.' })
  id!: string;

  @Field(() => CaseSubjectKind, { description: 'What it is about.' })
  subjectKind!: CaseSubjectKind;

  @Field(() => ID, { description: 'The content, or the person.' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The person it concerns.' })
  personId!: string | null;

  @Field(() => String, { description: 'Their display name.' })
  personDisplayName!: string;

  @Field(() => [ID], { description: 'The alliances whose moderators answer for it.' })
  allianceIds!: string[];

  @Field(() => CaseSeverity, { description: 'How urgent it is.' })
  severity!: CaseSeverity;

  @Field(() => [String], { description: 'Categories found or reported.' })
  categories!: string[];

  @Field(() => CaseStatus, { description: 'Whether it awaits a decision.' })
  status!: CaseStatus;

  @Field(() => Int, { description: 'How many people reported it.' })
  reportCount!: number;

  @Field(() => [ModerationFindingObject], { description: 'What automatic moderation found.' })
  findings!: ModerationFindingObject[];

  @Field(() => Date, { description: 'When it was opened.' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was escalated to every moderator of its alliances.' })
  escalatedAt!: Date | null;
}

export const ModerationCaseConnection = ConnectionType(ModerationCaseObject, 'ModerationCase', 'moderation case');

@ObjectType('ModerationContextEntry', { description: 'The reported item, or a neighbour of it, for judging a report in context.' })
export class ModerationContextEntryObject {
  @Field(() => ID, { description: 'The item.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Who wrote it.' })
  authorId!: string | null;

  @Field(() => String, { description: 'Their display name.' })
  authorDisplayName!: string;

  @Field(() => String, { description: 'What it says; empty if its author deleted it.' })
  text!: string;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => ContentVisibility, { description: 'Whether readers see it now, or it is held or hidden.' })
  visibility!: ContentVisibility;

  @Field(() => Boolean, { description: 'Whether this is the item the case is about.' })
  isSubject!: boolean;
}

@ObjectType('ModerationCaseReport', { description: 'One report in a case; reporters are not named to moderators.' })
export class ModerationCaseReportObject {
  @Field(() => ReportReason, { description: 'Why it was reported.' })
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'The reporter’s note.' })
  note!: string | null;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;
}

@ObjectType('ModerationCaseDetails', { description: 'A case with what a moderator needs to decide it.' })
export class ModerationCaseDetailsObject {
  @Field(() => ModerationCaseObject, { description: 'The case.' })
  case!: ModerationCaseObject;

  @Field(() => String, { nullable: true, description: 'The content’s text; empty for a case about a person, or content since deleted.' })
  contentText!: string | null;

  @Field(() => ContentVisibility, { nullable: true, description: 'Whether the content is visible, held or hidden now.' })
  contentVisibility!: ContentVisibility | null;

  @Field(() => [ModerationContextEntryObject], { description: 'A few surrounding messages; only for reported items.' })
  context!: ModerationContextEntryObject[];

  @Field(() => [ModerationCaseReportObject], { description: 'The reports.' })
  reports!: ModerationCaseReportObject[];

  @Field(() => [ModerationDecisionObject], { description: 'What moderators decided, oldest first; an undo points at the decision it undoes.' })
  decisions!: ModerationDecisionObject[];

  @Field(() => [ModerationDecisionObject], {
    description:
      'Other decisions about the person this case concerns (from other cases, or about them or their writing directly), newest first, the last 20, in the alliances you moderate.',
  })
  personHistory!: ModerationDecisionObject[];
}

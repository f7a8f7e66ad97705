import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReportOutcome, ReportReason } from '../moderation.enums';

@ObjectType('ModerationReport', { description: 'A report you made, and what came of it (never the details).' })
export class ModerationReportObject {
  @Field(() => ID, { description: 'Identifier of the report.' })
  id!: string;

  @Field(() => ReportReason, { description: 'Why you reported.' })
  reason!: ReportReason;

  @Field(() => Date, { description: 'When you reported.' })
  createdAt!: Date;

  @Field(() => ReportOutcome, { nullable: true, description: 'What came of it; empty while a moderator has not decided yet.' })
  outcome!: ReportOutcome | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  outcomeAt!: Date | null;
}

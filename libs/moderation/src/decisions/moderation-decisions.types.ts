import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AppealStatus, CaseSubjectKind, ModerationAction } from '../moderation.enums';

@InputType('ModerationDecisionInput', { description: 'A moderator’s decision and the reason the person is given.' })
export class ModerationDecisionInput {
  @Field(() => ModerationAction, { description: 'What to do.' })
  action!: ModerationAction;

  @Field(() => String, { description: 'The reason, written for the person concerned (1 to 1000 characters).' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'For a suspension: how many days (1 to 365).' })
  suspendDays?: number | null;
}

@ObjectType('ModerationDecision', { description: 'A moderator’s decision.' })
export class ModerationDecisionObject {
  @Field(() => ID, { description: 'Identifier of the decision.' })
  id!: string;

  @Field(() => ModerationAction, { description: 'What was decided.' })
  action!: ModerationAction;

  @Field(() => CaseSubjectKind, { description: 'What it is about.' })
  subjectKind!: CaseSubjectKind;

  @Field(() => ID, { description: 'The content, or the person.' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The person it concerns.' })
  personId!: string | null;

  @Field(() => String, { description: 'The reason given.' })
  reason!: string;

  @Field(() => Date, { nullable: true, description: 'For a suspension: when it ends.' })
  suspendedUntil!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The decision this one undoes.' })
  reversesId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The case it decided.' })
  caseId!: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;
}

@ObjectType('MyModerationDecision', { description: 'A decision about you or your content, and your right to appeal it.' })
export class MyModerationDecisionObject extends ModerationDecisionObject {
  @Field(() => Boolean, { description: 'Whether you can still appeal it.' })
  appealable!: boolean;

  @Field(() => Date, { nullable: true, description: 'Until when you can appeal (20 days after the decision).' })
  appealDeadline!: Date | null;

  @Field(() => AppealStatus, { nullable: true, description: 'Where your appeal stands, if you made one.' })
  appealStatus!: AppealStatus | null;

  @Field(() => Boolean, { description: 'Whether it was undone since.' })
  reversed!: boolean;
}

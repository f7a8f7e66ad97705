import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';
import { RecoveryGoalStatus } from '@kindred/plans';
import { RecoveryDomain } from '@kindred/recovery';
import { SparkEventKind } from '../timeline/application-event.entity';
import { SparkApplicationStatus } from './application-status';
import { FollowUpOutcome, SparkCategory } from './spark-enums';

registerEnumType(SparkCategory, {
  name: 'SparkCategory',
  description: 'What a small spark is for.',
  valuesMap: {
    TRANSPORT: { description: 'Getting there: a bus pass, train fares.' },
    WORK_CLOTHING: { description: 'Clothing for work or for an interview.' },
    TRAINING_FEES: { description: 'Training or course fees.' },
    IDENTITY_DOCUMENTS: { description: 'Identity documents.' },
    PHONE_OR_DATA: { description: 'A phone, or phone credit and data.' },
    WORK_TOOLS: { description: 'Tools for work.' },
    HOUSING_COSTS: { description: 'Housing costs.' },
    OTHER: { description: 'Something else for a next step.' },
  },
});

registerEnumType(SparkApplicationStatus, {
  name: 'SparkApplicationStatus',
  description: 'Where a small-spark application stands.',
  valuesMap: {
    DRAFT: { description: 'Being written by the member; only they see it.' },
    SUBMITTED: { description: 'Waiting for the coordinators’ decision (or a second approval).' },
    MORE_INFO_REQUESTED: { description: 'The coordinators asked a question; the member can edit and send it again.' },
    APPROVED: { description: 'Approved: the money is set aside and waits to be paid.' },
    DECLINED: { description: 'Not approved this time, with a reason.' },
    DISBURSED: { description: 'Paid; waiting for the member to confirm they received it.' },
    RECEIVED: { description: 'The member confirmed they received it.' },
    CANCELLED: { description: 'Cancelled; any money set aside went back to the fund.' },
  },
});

registerEnumType(FollowUpOutcome, {
  name: 'SparkFollowUpOutcome',
  description: 'How a small spark went, in the member’s own judgement.',
  valuesMap: {
    HELPED: { description: 'It helped.' },
    HELPED_A_LITTLE: { description: 'It helped a little.' },
    DID_NOT_HELP: { description: 'It did not help this time.' },
    TOO_EARLY_TO_SAY: { description: 'Too early to say.' },
  },
});

registerEnumType(SparkEventKind, {
  name: 'SparkTimelineStep',
  description: 'A step in a small-spark application’s life.',
  valuesMap: {
    CREATED: { description: 'The member started a draft.' },
    SUBMITTED: { description: 'The member sent it to the coordinators.' },
    RESUBMITTED: { description: 'The member sent it again after answering a question.' },
    MORE_INFO_REQUESTED: { description: 'A coordinator asked for more information.' },
    APPROVAL_RECORDED: { description: 'A coordinator approved; a second approval is needed.' },
    APPROVED: { description: 'Approved; the money was set aside.' },
    DECLINED: { description: 'Declined, with a reason.' },
    DISBURSED: { description: 'A coordinator recorded the payment.' },
    RECEIPT_CONFIRMED: { description: 'The member confirmed they received it.' },
    FOLLOW_UP_SHARED: { description: 'The member shared how it went.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});

@ObjectType('SparkRecoveryGoal', {
  description: 'The recovery plan goal an application helps with. Coordinators see its domain and where it stands; only the member sees its words.',
})
export class SparkRecoveryGoalObject {
  @Field(() => ID, { description: 'The goal.' })
  id!: string;

  @Field(() => RecoveryDomain, { description: 'The recovery capital domain it belongs to.' })
  domain!: RecoveryDomain;

  @Field(() => String, { nullable: true, description: 'The goal in the member’s words: shown to the member only.' })
  title!: string | null;

  @Field(() => RecoveryGoalStatus, { description: 'Where the goal stands.' })
  status!: RecoveryGoalStatus;
}

@ObjectType('SparkApplication', { description: 'A member’s application for a small spark. Amounts are minor units of its currency.' })
export class SparkApplicationObject {
  @Field(() => ID, { description: 'Identifier of the application.' })
  id!: string;

  @Field(() => ID, { description: 'The fund applied to.' })
  fundId!: string;

  @Field(() => ID, { description: 'The alliance of the fund.' })
  allianceId!: string;

  @Field(() => Boolean, { description: 'Whether you are the applicant.' })
  mine!: boolean;

  @Field(() => ID, { nullable: true, description: 'The applicant; null once their account was erased.' })
  applicantId!: string | null;

  @Field(() => String, { description: 'The applicant’s display name, or a placeholder once their account was erased.' })
  applicantDisplayName!: string;

  @Field(() => Int, { description: 'The amount asked for, in minor units.' })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 currency of the amount (the fund’s).' })
  currency!: string;

  @Field(() => SparkCategory, { description: 'What it is for.' })
  category!: SparkCategory;

  @Field(() => String, { nullable: true, description: 'The next step it helps with, in the member’s words; null once erased.' })
  nextStep!: string | null;

  @Field(() => ID, { nullable: true, description: 'A goal in the member’s recovery plan it helps with, if they linked one.' })
  recoveryGoalId!: string | null;

  @Field(() => SparkRecoveryGoalObject, {
    nullable: true,
    description: 'That goal as it stands; null when none is linked or the member removed it from their plan.',
  })
  recoveryGoal!: SparkRecoveryGoalObject | null;

  @Field(() => String, { description: 'When it is needed by (YYYY-MM-DD).' })
  neededBy!: string;

  @Field(() => SparkApplicationStatus, { description: 'Where it stands.' })
  status!: SparkApplicationStatus;

  @Field(() => Int, { description: 'How many distinct coordinators must approve it.' })
  approvalsRequired!: number;

  @Field(() => Int, { description: 'How many have approved it so far (since it was last sent).' })
  approvalsGiven!: number;

  @Field(() => Boolean, { description: 'Whether you have approved it.' })
  approvedByMe!: boolean;

  @Field(() => String, { nullable: true, description: 'The coordinators’ question, when they asked for more information.' })
  infoRequest!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given when it was declined.' })
  declineReason!: string | null;

  @Field(() => FollowUpOutcome, { nullable: true, description: 'How it went, if the member said.' })
  followUpOutcome!: FollowUpOutcome | null;

  @Field(() => String, { nullable: true, description: 'The member’s few words on how it went.' })
  followUpNote!: string | null;

  @Field(() => Date, { description: 'When the draft was started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was first sent to the coordinators.' })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or declined.' })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the payment was recorded.' })
  disbursedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the member confirmed receipt.' })
  receivedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt!: Date | null;
}

export const SparkApplicationConnection = ConnectionType(SparkApplicationObject, 'SparkApplication', 'small-spark application');

@ObjectType('SparkTimelineEntry', { description: 'One step in an application’s timeline.' })
export class SparkTimelineEntryObject {
  @Field(() => SparkEventKind, { description: 'What happened.' })
  step!: SparkEventKind;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => Boolean, { description: 'Whether you took this step.' })
  byMe!: boolean;

  @Field(() => String, { nullable: true, description: 'Who took it (display name); null when no one did or their account was erased.' })
  actorDisplayName!: string | null;
}

@InputType({ description: 'What a member asks for. The amount is whole minor units (cents) of the fund’s currency.' })
export class SparkApplicationInput {
  @Field(() => Int, { description: 'How much, in minor units; within the fund’s per-grant cap.' })
  amount!: number;

  @Field(() => SparkCategory, { description: 'What it is for.' })
  category!: SparkCategory;

  @Field(() => String, { description: 'The next step it helps with (up to 2000 characters).' })
  nextStep!: string;

  @Field(() => ID, { nullable: true, description: 'A goal in your recovery plan it helps with, if you like.' })
  recoveryGoalId?: string | null;

  @Field(() => String, { description: 'When you need it by (YYYY-MM-DD), today or later.' })
  neededBy!: string;
}

@ArgsType()
export class SparkApplicationsArgs extends PageArgs {
  @Field(() => ID, { description: 'The alliance.' })
  allianceId!: string;

  @Field(() => SparkApplicationStatus, { nullable: true, description: 'Only applications in this state (never drafts).' })
  status?: SparkApplicationStatus | null;
}

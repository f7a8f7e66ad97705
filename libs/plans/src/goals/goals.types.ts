import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RecoveryDomain } from '@kindred/recovery';
import { RecoveryStepObject } from '../steps/steps.types';
import { GoalStatus } from './goal-status';

@ObjectType('RecoveryGoalEvent', { description: 'One entry in a goal’s timeline: its first status, then each change.' })
export class RecoveryGoalEventObject {
  @Field(() => GoalStatus, { nullable: true, description: 'The status before; null for the first entry.' })
  fromStatus!: GoalStatus | null;

  @Field(() => GoalStatus, { description: 'The status from then on.' })
  toStatus!: GoalStatus;

  @Field(() => Date, { description: 'When.' })
  at!: Date;
}

@ObjectType('RecoveryGoal', { description: 'A goal in a member’s recovery plan, in one of the eight recovery capital domains.' })
export class RecoveryGoalObject {
  @Field(() => ID, { description: 'Identifier of the goal.' })
  id!: string;

  @Field(() => ID, { description: 'The member whose plan it is.' })
  ownerId!: string;

  @Field(() => RecoveryDomain, { description: 'The recovery capital domain it belongs to.' })
  domain!: RecoveryDomain;

  @Field(() => String, { description: 'The goal, in the member’s words. Stored encrypted.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why it matters, if the member wrote it down. Stored encrypted.' })
  why!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is hoped for, as YYYY-MM-DD, if any.' })
  dueOn!: string | null;

  @Field(() => GoalStatus, { description: 'Where it stands.' })
  status!: GoalStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Who suggested it, when someone did. Someone the plan is shared with sees this only for their own suggestions.',
  })
  suggestedById!: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name, under the same rule.' })
  suggestedByDisplayName!: string | null;

  @Field(() => Boolean, { description: 'Whether it came from someone’s suggestion (shown without naming them to others the plan is shared with).' })
  suggested!: boolean;

  @Field(() => [RecoveryStepObject], { description: 'Its steps, in the member’s order.' })
  steps!: RecoveryStepObject[];

  @Field(() => Int, { description: 'How many of its steps are done.' })
  stepsDone!: number;

  @Field(() => [RecoveryGoalEventObject], { description: 'Its timeline, oldest first.' })
  history!: RecoveryGoalEventObject[];

  @Field(() => Date, { description: 'When it was added to the plan.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it, or one of its steps, last changed.' })
  updatedAt!: Date;
}

@InputType('RecoveryGoalInput', { description: 'A goal as written: everything about it, replacing what was there.' })
export class RecoveryGoalInput {
  @Field(() => RecoveryDomain, { description: 'The recovery capital domain it belongs to.' })
  domain!: RecoveryDomain;

  @Field(() => String, { description: 'The goal, 1 to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why it matters, up to 2,000 characters.' })
  why?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is hoped for, as YYYY-MM-DD.' })
  dueOn?: string | null;
}

import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RecoveryStep', { description: 'One step towards a goal.' })
export class RecoveryStepObject {
  @Field(() => ID, { description: 'Identifier of the step.' })
  id!: string;

  @Field(() => ID, { description: 'The goal it belongs to.' })
  goalId!: string;

  @Field(() => String, { description: 'The step, in the member’s words. Stored encrypted.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The day it is hoped for, as YYYY-MM-DD, if any.' })
  dueOn!: string | null;

  @Field(() => Boolean, { description: 'Whether it is done.' })
  done!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was marked done.' })
  doneAt!: Date | null;

  @Field(() => Int, { description: 'Its place among the goal’s steps, from 1.' })
  position!: number;

  @Field(() => ID, { nullable: true, description: 'Who suggested it, when someone did; to others the plan is shared with, only their own.' })
  suggestedById!: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name, under the same rule.' })
  suggestedByDisplayName!: string | null;

  @Field(() => Boolean, { description: 'Whether it came from someone’s suggestion.' })
  suggested!: boolean;
}

@InputType('RecoveryStepInput', { description: 'A step as written: everything about it, replacing what was there.' })
export class RecoveryStepInput {
  @Field(() => String, { description: 'The step, 1 to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The day it is hoped for, as YYYY-MM-DD.' })
  dueOn?: string | null;
}

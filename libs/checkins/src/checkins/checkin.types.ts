import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';

@InputType({ description: 'A short check-in. Only mood and cravings are needed.' })
export class CheckinInput {
  @Field(() => Int, { description: 'How you feel, 1 (very low) to 5 (very good).' })
  mood!: number;

  @Field(() => Int, { description: 'Cravings, 0 (none) to 10 (very strong).' })
  cravings!: number;

  @Field(() => String, { nullable: true, description: 'A private note, up to 2,000 characters: encrypted, and only ever shown to you.' })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'What helped and what got in the way: ids from recoveryTags.' })
  tags?: string[] | null;
}

@ObjectType('Checkin', { description: 'One of your check-ins.' })
export class CheckinObject {
  @Field(() => ID, { description: 'The check-in.' })
  id!: string;

  @Field(() => Int, { description: 'Mood, 1 to 5.' })
  mood!: number;

  @Field(() => Int, { description: 'Cravings, 0 to 10.' })
  cravings!: number;

  @Field(() => String, { nullable: true, description: 'Your private note.' })
  note!: string | null;

  @Field(() => [String], { description: 'Tag ids (see recoveryTags).' })
  tags!: string[];

  @Field(() => Date, { description: 'When you checked in.' })
  checkedInAt!: Date;
}

export const CheckinConnection = ConnectionType(CheckinObject, 'Checkin', 'check-in');

@ObjectType('SharedCheckin', { description: 'Mood and cravings of one check-in someone shares with you: never their note or tags.' })
export class SharedCheckinObject {
  @Field(() => Int, { description: 'Mood, 1 to 5.' })
  mood!: number;

  @Field(() => Int, { description: 'Cravings, 0 to 10.' })
  cravings!: number;

  @Field(() => Date, { description: 'When they checked in.' })
  checkedInAt!: Date;
}

@ObjectType('SharedCheckinSummary', { description: 'The check-ins of the last weeks that someone shares with you (CHECKINS scope).' })
export class SharedCheckinSummaryObject {
  @Field(() => ID, { description: 'Whose check-ins these are.' })
  ownerId!: string;

  @Field(() => Int, { description: 'How many days back this covers.' })
  days!: number;

  @Field(() => [SharedCheckinObject], { description: 'Their check-ins in that time, newest first.' })
  checkins!: SharedCheckinObject[];

  @Field(() => Number, { nullable: true, description: 'Average mood in that time; null without check-ins.' })
  averageMood!: number | null;

  @Field(() => Number, { nullable: true, description: 'Average cravings in that time; null without check-ins.' })
  averageCravings!: number | null;

  @Field(() => String, {
    description: 'Shared with you in confidence: not to be passed on without their consent (42 CFR part 2), in your language. Show it beside the check-ins.',
  })
  redisclosureNotice!: string;
}

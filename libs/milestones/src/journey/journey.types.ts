import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Milestone', { description: 'A milestone reached in a recovery journey.' })
export class MilestoneObject {
  @Field(() => Int, { description: 'Days since the recovery start date: 1, 7, 30, 60, 90, 180, 270, then each year.' })
  days!: number;

  @Field({ description: 'The day it was reached, YYYY-MM-DD.' })
  reachedOn!: string;
}

@ObjectType('Setback', { description: 'A setback you noted. Private to you.' })
export class SetbackObject {
  @Field(() => ID, { description: 'The setback.' })
  id!: string;

  @Field({ description: 'When it happened, YYYY-MM-DD.' })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: 'Your private note.' })
  note!: string | null;
}

@ObjectType('RecoveryJourney', { description: 'Your recovery journey: days on the road, stretches, setbacks and milestones. Only you see all of it.' })
export class RecoveryJourneyObject {
  @Field(() => String, { nullable: true, description: 'Your recovery start date, YYYY-MM-DD; null until you set one.' })
  startedOn!: string | null;

  @Field(() => Int, { description: 'Days since your start date. A setback never takes them away.' })
  totalDays!: number;

  @Field(() => Int, { description: 'Days since your start or your latest setback.' })
  currentStretchDays!: number;

  @Field(() => Int, { description: 'Your longest stretch.' })
  longestStretchDays!: number;

  @Field(() => [SetbackObject], { description: 'Setbacks you noted, newest first.' })
  setbacks!: SetbackObject[];

  @Field(() => [MilestoneObject], { description: 'Milestones reached, oldest first.' })
  milestones!: MilestoneObject[];

  @Field(() => Int, { nullable: true, description: 'The next milestone, in days since your start; null without a start date.' })
  nextMilestoneDays!: number | null;
}

@ObjectType('SetbackSupport', { description: 'After a setback: your journey as it stands, and support, not a reset.' })
export class SetbackSupportObject {
  @Field(() => RecoveryJourneyObject, { description: 'Your journey, with the setback noted.' })
  journey!: RecoveryJourneyObject;

  @Field({ description: 'A few kind words.' })
  message!: string;

  @Field(() => [String], { description: 'Next steps you might take, if you want to.' })
  nextSteps!: string[];
}

@ObjectType('SharedMilestones', { description: 'Milestones someone shares with you (MILESTONES): days on their road and milestones reached, never setbacks.' })
export class SharedMilestonesObject {
  @Field(() => ID, { description: 'Whose milestones these are.' })
  ownerId!: string;

  @Field(() => Int, { description: 'Days since their recovery start date.' })
  totalDays!: number;

  @Field(() => [MilestoneObject], { description: 'Milestones reached, oldest first.' })
  milestones!: MilestoneObject[];

  @Field(() => String, {
    description: 'Shared with you in confidence: not to be passed on without their consent (42 CFR part 2), in your language. Show it beside the milestones.',
  })
  redisclosureNotice!: string;
}

@InputType({ description: 'A setback to note, privately.' })
export class SetbackInput {
  @Field(() => String, { nullable: true, description: 'When, YYYY-MM-DD; today when not given.' })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A private note, up to 2,000 characters, encrypted.' })
  note?: string | null;
}

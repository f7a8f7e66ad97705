import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Weekday } from '@kindred/recovery';
import { CheckinCadence } from './checkin-rhythm';

@InputType({ description: 'When you would like to be reminded to check in.' })
export class CheckinRhythmInput {
  @Field(() => CheckinCadence, { description: 'How often.' })
  cadence!: CheckinCadence;

  @Field(() => String, { description: 'The time of day, 24-hour, in your own time zone, e.g. 19:00.' })
  localTime!: string;

  @Field(() => [Weekday], { nullable: true, description: 'Which days, for a few times a week (2 to 5 days) or weekly (1 day); the usual days when not given.' })
  days?: Weekday[] | null;
}

@ObjectType('CheckinPreferences', { description: 'Your check-in rhythm, early-help alerts to your mentor, and re-assessment offers.' })
export class CheckinPreferencesObject {
  @Field(() => CheckinCadence, { nullable: true, description: 'How often you are reminded; null for no reminders.' })
  cadence!: CheckinCadence | null;

  @Field(() => [Weekday], { description: 'The days you are reminded on.' })
  days!: Weekday[];

  @Field(() => String, { nullable: true, description: 'The time of day, in your own time zone.' })
  localTime!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next reminder comes (kept out of your quiet hours).' })
  nextReminderAt!: Date | null;

  @Field({ description: 'Whether your mentor is alerted when Kindred offers you early help. Never anyone else.' })
  mentorAlerts!: boolean;

  @Field(() => Int, { description: 'Days between offers to look again at your recovery capital; 0 for never.' })
  reassessEveryDays!: number;
}

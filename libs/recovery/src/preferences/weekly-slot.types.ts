import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Weekday } from './recovery-preference.entity';

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesMap: {
    MONDAY: { description: 'Monday.' },
    TUESDAY: { description: 'Tuesday.' },
    WEDNESDAY: { description: 'Wednesday.' },
    THURSDAY: { description: 'Thursday.' },
    FRIDAY: { description: 'Friday.' },
    SATURDAY: { description: 'Saturday.' },
    SUNDAY: { description: 'Sunday.' },
  },
});

@ObjectType('WeeklySlot', { description: 'A weekly window, in the person’s own time zone (their account’s timeZone).' })
export class WeeklySlotObject {
  @Field(() => Weekday, { description: 'The day.' })
  day!: Weekday;

  @Field(() => String, { description: 'Start time, HH:MM.' })
  start!: string;

  @Field(() => String, { description: 'End time, HH:MM, after the start; 24:00 means until midnight.' })
  end!: string;
}

@InputType('WeeklySlotInput', {
  description: 'A weekly window within one day, in your own time zone. An evening past midnight is two windows.',
})
export class WeeklySlotInput {
  @Field(() => Weekday, { description: 'The day.' })
  day!: Weekday;

  @Field(() => String, { description: 'Start time, HH:MM, such as 18:00.' })
  start!: string;

  @Field(() => String, { description: 'End time, HH:MM, after the start; 24:00 means until midnight.' })
  end!: string;
}

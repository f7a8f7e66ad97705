import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '../notifications/notification-kind';

@ObjectType('NotificationPreference', { description: 'How you want to hear about one kind of notification.' })
export class NotificationPreferenceObject {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind!: NotificationKind;

  @Field(() => Boolean, { description: 'Shown in the app (on unless you turned it off).' })
  inApp!: boolean;

  @Field(() => Boolean, {
    description: 'Mentioned in an email digest (off unless you turned it on). Emails only say there is something new, never what.',
  })
  email!: boolean;

  @Field(() => Boolean, { description: 'Pushed to the devices you subscribed (on unless you turned it off). Pushes only say there is something new.' })
  push!: boolean;

  @Field(() => Boolean, { description: 'Whether this kind may reach you by push during your quiet hours: only kinds where someone may need you now.' })
  mayBreakQuietHours!: boolean;

  @Field(() => Boolean, { description: 'You allowed this kind to reach you by push during your quiet hours (off unless you turned it on).' })
  breakQuietHours!: boolean;
}

@ObjectType('QuietHours', { description: 'When Kindred sends you no email, in your own time zone.' })
export class QuietHoursObject {
  @Field(() => String, { description: 'Start, as a 24-hour local time such as 22:00.' })
  start!: string;

  @Field(() => String, { description: 'End, as a 24-hour local time such as 07:00; earlier than the start when it runs past midnight.' })
  end!: string;

  @Field(() => String, { description: 'The time zone these times are read in: yours, from your account settings.' })
  timeZone!: string;
}

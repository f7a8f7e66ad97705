import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PlatformRole } from '@kindred/core';

@ObjectType('Account', { description: 'The signed-in person’s own account.' })
export class AccountObject {
  @Field(() => ID, { description: 'Identifier of the account.' })
  id!: string;

  @Field(() => String, { description: 'Email address used to sign in; visible only to its owner.' })
  email!: string;

  @Field(() => Boolean, { description: 'Whether the email address has been confirmed.' })
  emailVerified!: boolean;

  @Field(() => String, { description: 'The pseudonymous name others see.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Pronouns, if the person chose to share them.' })
  pronouns!: string | null;

  @Field(() => String, { description: 'Language for messages and emails: en or fr.' })
  locale!: string;

  @Field(() => String, { description: 'IANA time zone used for reminders and schedules.' })
  timeZone!: string;

  @Field(() => [PlatformRole], { description: 'Roles this person holds.' })
  roles!: PlatformRole[];

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}

@InputType({ description: 'What joining Kindred needs. A real name is never asked for.' })
export class RegisterInput {
  @Field(() => String, { description: 'Email address to sign in with.' })
  email!: string;

  @Field(() => String, { description: 'At least 12 characters, not a commonly used password.' })
  password!: string;

  @Field(() => String, { description: 'A pseudonymous name of 2 to 40 characters.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Optional pronouns, such as they/them.' })
  pronouns?: string | null;

  @Field(() => String, { nullable: true, description: 'en (default) or fr.' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone such as Europe/Paris (default UTC).' })
  timeZone?: string | null;

  @Field(() => [PlatformRole], {
    nullable: true,
    description: 'MEMBER (default) and/or SUPPORTER. Other roles are given by an alliance or an admin.',
  })
  roles?: PlatformRole[] | null;
}

import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { SharingScope } from './sharing-scope';

@InputType('GrantSharingInput', { description: 'One thing to share with one person: consent is given one scope at a time.' })
export class GrantSharingInput {
  @Field(() => ID, { description: 'Someone in your support circle, or your mentor.' })
  granteeId!: string;

  @Field(() => SharingScope, { description: 'What to share.' })
  scope!: SharingScope;

  @Field(() => String, { description: 'Why you share it, in your words (3 to 300 characters).' })
  purpose!: string;

  @Field(() => Date, { nullable: true, description: 'When the sharing ends by itself; empty for until you revoke it.' })
  expiresAt?: Date | null;
}

@ObjectType('ConsentGrant', { description: 'A record of consent to share one thing with one person.' })
export class ConsentGrantObject {
  @Field(() => ID, { description: 'Identifier of the grant.' })
  id!: string;

  @Field(() => ID, { description: 'Who shares.' })
  ownerId!: string;

  @Field(() => String, { description: 'Their display name.' })
  ownerDisplayName!: string;

  @Field(() => ID, { description: 'With whom.' })
  granteeId!: string;

  @Field(() => String, { description: 'Their display name.' })
  granteeDisplayName!: string;

  @Field(() => SharingScope, { description: 'Which information.' })
  scope!: SharingScope;

  @Field(() => String, { description: 'How the person is related, when it was given (SUPPORTER, MENTOR).' })
  relationship!: string;

  @Field(() => String, { description: 'For what purpose.' })
  purpose!: string;

  @Field(() => String, { description: 'The consent as given, in plain words.' })
  statement!: string;

  @Field(() => Date, { nullable: true, description: 'When it ends by itself; empty for until revoked.' })
  expiresAt!: Date | null;

  @Field(() => Date, { description: 'When it was given.' })
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it ended: REVOKED_BY_OWNER, or the relationship ending (REMOVED_FROM_CIRCLE, LEFT_CIRCLE).' })
  revokedReason!: string | null;

  @Field(() => Boolean, { description: 'Whether it is in force now.' })
  active!: boolean;
}

import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConsentSignatureMethod } from './consent-signature';
import { DEFAULT_SHARING_MONTHS, SharingEnd } from './sharing-end';
import { SharingScope } from './sharing-scope';

@InputType('GrantSharingInput', { description: 'One thing to share with one person: consent is given one scope at a time.' })
export class GrantSharingInput {
  @Field(() => ID, { description: 'Someone in your support circle, or your mentor.' })
  granteeId!: string;

  @Field(() => SharingScope, { description: 'What to share.' })
  scope!: SharingScope;

  @Field(() => String, { description: 'Why you share it, in your words (3 to 300 characters).' })
  purpose!: string;

  @Field(() => SharingEnd, {
    defaultValue: SharingEnd.ON_DATE,
    description: 'How the sharing ends by itself: on a date (the default), or when the relationship ends. It also ends whenever you stop it.',
  })
  ends!: SharingEnd;

  @Field(() => Date, {
    nullable: true,
    description: `With ON_DATE: when the sharing ends, in the future. Left empty: ${DEFAULT_SHARING_MONTHS} months from now. Must be empty with WHEN_RELATIONSHIP_ENDS.`,
  })
  expiresAt?: Date | null;

  @Field(() => String, { description: 'Your signature: type your display name, as it shows on Kindred, to sign this consent.' })
  signature!: string;
}

@ObjectType('ConsentSignature', { description: 'How the person signed their consent: when, how, and in which signed-in session.' })
export class ConsentSignatureObject {
  @Field(() => Date, { description: 'When they signed it.' })
  signedAt!: Date;

  @Field(() => ConsentSignatureMethod, { description: 'How they signed it.' })
  method!: ConsentSignatureMethod;

  @Field(() => String, { nullable: true, description: 'The name they typed to sign; empty for grants given before typed signatures.' })
  signedName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The signed-in session it was signed in. Shown only to the person who signed.' })
  sessionId!: string | null;
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

  @Field(() => SharingEnd, { description: 'How it ends by itself: on its date (or sooner if the relationship ends), or when the relationship ends.' })
  ends!: SharingEnd;

  @Field(() => Date, { nullable: true, description: 'The date it ends by itself; empty when it ends with the relationship.' })
  expiresAt!: Date | null;

  @Field(() => ConsentSignatureObject, { description: 'How the person signed it.' })
  signature!: ConsentSignatureObject;

  @Field(() => Date, { description: 'When it was given.' })
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was stopped; for EXPIRED, the date it ended.' })
  revokedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was stopped: REVOKED_BY_OWNER, the relationship ending (REMOVED_FROM_CIRCLE, LEFT_CIRCLE, MENTORSHIP_ENDED), or EXPIRED (past its date, closed when shared again). Empty while in force, and for a grant past its date not yet shared again.',
  })
  revokedReason!: string | null;

  @Field(() => Boolean, { description: 'Whether it is in force now.' })
  active!: boolean;
}

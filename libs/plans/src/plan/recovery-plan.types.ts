import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Shown to whoever reads a plan shared with them. */
export const SHARING_NOTICE = 'Shared with you by its owner’s consent, which they can end at any time. Each time you look, they can see that you did.';

@ObjectType('RecoveryPlan', { description: 'A member’s recovery plan: their goals in the eight recovery capital domains, its progress, and suggestions for it.' })
export class RecoveryPlanObject {
  @Field(() => ID, { description: 'The member whose plan it is.' })
  ownerId!: string;

  @Field(() => Boolean, { description: 'Whether it is your own plan.' })
  mine!: boolean;

  @Field(() => String, { nullable: true, description: 'For a plan shared with you: how and why you can see it.' })
  sharingNotice!: string | null;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('RecoveryPlan', {
  description: 'A member’s recovery plan: their goals in the eight recovery capital domains, its progress, and suggestions for it.',
})
export class RecoveryPlanObject {
  @Field(() => ID, { description: 'The member whose plan it is.' })
  ownerId!: string;

  @Field(() => Boolean, { description: 'Whether it is your own plan.' })
  mine!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'For a plan shared with you: that it is shared in confidence and must not be passed on without their consent (42 CFR part 2), in your language. Empty for your own.',
  })
  redisclosureNotice!: string | null;
}

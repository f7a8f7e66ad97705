import { Field, ObjectType } from '@nestjs/graphql';

/**
 * A person's recovery capital: the latest snapshot of each instrument and their histories,
 * resolved on demand. `ownerId` is not a GraphQL field; it tells the field resolvers whose
 * data to read, and every read checks it against the viewer.
 */
@ObjectType('RecoveryCapital', {
  description: 'Your recovery capital over time: BARC-10 assessments and domain self-ratings, with how they changed.',
})
export class RecoveryCapitalObject {
  ownerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'When someone shares this with you: that it is shared in confidence and must not be passed on without their consent (42 CFR part 2), in your language. Empty for your own.',
  })
  redisclosureNotice!: string | null;
}

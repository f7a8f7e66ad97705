import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CircleRelationship } from './circle-relationship';

@ObjectType('CircleMember', { description: 'A supporter in a circle.' })
export class CircleMemberObject {
  @Field(() => ID, { description: 'The supporter.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => CircleRelationship, { description: 'Who they are to the member.' })
  relationship!: CircleRelationship;

  @Field(() => Date, { description: 'When they joined.' })
  joinedAt!: Date;
}

@ObjectType('SupportCircle', { description: 'A member’s support circle, as its member or one of its supporters sees it.' })
export class SupportCircleObject {
  @Field(() => ID, { description: 'Identifier of the circle.' })
  id!: string;

  @Field(() => String, { description: 'The name the member chose.' })
  name!: string;

  @Field(() => ID, { description: 'The member whose circle it is.' })
  ownerId!: string;

  @Field(() => String, { description: 'Their display name.' })
  ownerDisplayName!: string;

  @Field(() => ID, { nullable: true, description: 'The circle’s group conversation.' })
  conversationId!: string | null;

  @Field(() => [CircleMemberObject], { description: 'Its supporters now.' })
  members!: CircleMemberObject[];

  @Field(() => CircleRelationship, { nullable: true, description: 'For a supporter: who you are to the member. Empty for the member.' })
  myRelationship!: CircleRelationship | null;
}

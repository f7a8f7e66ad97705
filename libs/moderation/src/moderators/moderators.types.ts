import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AllianceModerator', { description: 'Someone who moderates an alliance.' })
export class AllianceModeratorObject {
  @Field(() => ID, { description: 'The moderator.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => Date, { description: 'When they were appointed.' })
  appointedAt!: Date;
}

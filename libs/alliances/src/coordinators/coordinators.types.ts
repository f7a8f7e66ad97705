import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AllianceCoordinator', { description: 'Someone coordinating an alliance now.' })
export class AllianceCoordinatorObject {
  @Field(() => ID, { description: 'The coordinator’s account.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => Date, { description: 'When they were appointed.' })
  appointedAt!: Date;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BlockedPerson', { description: 'Someone you blocked: no messages either way, and never suggested to each other.' })
export class BlockedPersonObject {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => Date, { description: 'When you blocked them.' })
  blockedAt!: Date;
}

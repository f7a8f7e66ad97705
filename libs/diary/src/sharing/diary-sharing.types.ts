import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';

@ObjectType('SharedDiaryEntry', { description: 'A diary entry someone chose to share with you. Each time you read it, they can see that you did.' })
export class SharedDiaryEntryObject {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  @Field(() => ID, { description: 'The person who wrote and shared it.' })
  ownerId!: string;

  @Field(() => String, { description: 'Their display name.' })
  ownerDisplayName!: string;

  @Field(() => String, { description: 'The day it is about, YYYY-MM-DD.' })
  entryDate!: string;

  @Field(() => String, { description: 'What they wrote.' })
  body!: string;

  @Field(() => Int, { nullable: true, description: 'Their mood that day, 1 (very low) to 5 (very good), if they gave one.' })
  mood!: number | null;

  @Field(() => [String], { description: 'Ids of the recovery tags on it.' })
  tags!: string[];

  @Field(() => Date, { description: 'When they shared it with you.' })
  sharedAt!: Date;

  @Field(() => String, {
    description: 'Shared with you in confidence: not to be passed on without their consent (42 CFR part 2), in your language. Show it beside the entry.',
  })
  redisclosureNotice!: string;
}

export const SharedDiaryEntryConnection = ConnectionType(SharedDiaryEntryObject, 'SharedDiaryEntry', 'shared diary entry');

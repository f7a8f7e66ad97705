import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';

@ObjectType('DiaryEntryShare', { description: 'Someone a diary entry is shared with, as its owner sees it.' })
export class DiaryEntryShareObject {
  @Field(() => ID, { description: 'The person it is shared with.' })
  personId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => Date, { description: 'When it was shared with them.' })
  sharedAt!: Date;

  @Field(() => Boolean, {
    description: 'Whether they can read it now: false once their permission to see shared diary entries has ended (sharing again needs a new permission).',
  })
  visibleNow!: boolean;
}

@ObjectType('DiaryEntry', { description: 'One of your own diary entries. Only you see it, unless you share it.' })
export class DiaryEntryObject {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  @Field(() => String, { description: 'The day it is about, YYYY-MM-DD, by your own calendar.' })
  entryDate!: string;

  @Field(() => String, { description: 'What you wrote.' })
  body!: string;

  @Field(() => Int, { nullable: true, description: 'Your mood that day, 1 (very low) to 5 (very good), if you gave one.' })
  mood!: number | null;

  @Field(() => [String], { description: 'Ids of the recovery tags on it (see recoveryTags).' })
  tags!: string[];

  @Field(() => Date, { description: 'When you wrote it.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When you last changed it.' })
  updatedAt!: Date;

  @Field(() => [DiaryEntryShareObject], { description: 'The people you shared it with.' })
  sharedWith!: DiaryEntryShareObject[];
}

export const DiaryEntryConnection = ConnectionType(DiaryEntryObject, 'DiaryEntry', 'diary entry');

@InputType('DiaryEntryInput', { description: 'A diary entry as you write it, or as it should read after an edit.' })
export class DiaryEntryInput {
  @Field(() => String, { description: 'The day it is about, YYYY-MM-DD: today or earlier.' })
  entryDate!: string;

  @Field(() => String, { description: 'What you want to write, 1 to 20,000 characters.' })
  body!: string;

  @Field(() => Int, { nullable: true, description: 'Your mood, 1 (very low) to 5 (very good); leave out for none.' })
  mood?: number | null;

  @Field(() => [String], { nullable: true, description: 'Recovery tag ids (see recoveryTags), at most 12; leave out for none.' })
  tags?: string[] | null;
}

@ArgsType()
export class DiarySearchArgs extends PageArgs {
  @Field(() => [String], { nullable: true, description: 'Only entries with at least one of these recovery tag ids.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only entries on or after this day, YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries on or before this day, YYYY-MM-DD.' })
  to?: string | null;
}

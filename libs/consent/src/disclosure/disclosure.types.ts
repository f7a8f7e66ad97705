import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { SharingScope } from '../grants/sharing-scope';

@ObjectType('DisclosureEntry', { description: 'Someone saw something you share: who, what and when.' })
export class DisclosureEntryObject {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Who saw it; empty once their account was deleted.' })
  viewerId!: string | null;

  @Field(() => String, { description: 'Their display name.' })
  viewerDisplayName!: string;

  @Field(() => SharingScope, { description: 'Under which sharing.' })
  scope!: SharingScope;

  @Field(() => String, { description: 'What they saw, in a few words.' })
  what!: string;

  @Field(() => Date, { description: 'When.' })
  accessedAt!: Date;
}

export const DisclosureEntryConnection = ConnectionType(DisclosureEntryObject, 'DisclosureEntry', 'disclosure entry');

import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { LanguageSuggestionObject } from '@kindred/identity';
import { EncouragementKind } from '../reactions/story-reaction.entity';
import { StoryStatus } from './story.entity';

registerEnumType(StoryStatus, {
  name: 'StoryStatus',
  description: 'Where a story stands.',
  valuesMap: {
    PENDING_REVIEW: { description: 'Waiting for a moderator’s approval.' },
    PUBLISHED: { description: 'Readable by its audience.' },
    DECLINED: { description: 'Not published; the moderator said why.' },
    WITHDRAWN: { description: 'Taken back by its author.' },
  },
});

registerEnumType(EncouragementKind, {
  name: 'EncouragementKind',
  description: 'A way to encourage the author of a story. There are only encouraging reactions.',
  valuesMap: {
    HEART: { description: 'Sending love.' },
    STRENGTH: { description: 'You are strong.' },
    HOPE: { description: 'This gives me hope.' },
    SOLIDARITY: { description: 'I walk with you.' },
  },
});

@InputType('StoryInput', { description: 'A story of recovery, for a moderator to approve before anyone reads it.' })
export class StoryInput {
  @Field(() => String, { description: 'A title of up to 120 characters.' })
  title!: string;

  @Field(() => String, { description: 'The story, 20 to 10,000 characters.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The alliance to publish it to; empty for everyone on Kindred.' })
  allianceId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also share it on the public door, with people not on Kindred (a story to everyone only). Off unless you turn it on.',
  })
  isPublic?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'On the public door, show your display name with it; otherwise it says "a member of Kindred". Off unless you turn it on.',
  })
  showNamePublicly?: boolean | null;
}

@ObjectType('EncouragementCount', { description: 'How many people sent one kind of encouragement.' })
export class EncouragementCountObject {
  @Field(() => EncouragementKind, { description: 'The kind.' })
  kind!: EncouragementKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('Story', { description: 'A story of recovery.' })
export class StoryObject {
  @Field(() => ID, { description: 'Identifier of the story.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { description: 'The story.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'Its author; empty once their account was deleted.' })
  authorId!: string | null;

  @Field(() => String, { description: 'The author’s display name.' })
  authorDisplayName!: string;

  @Field(() => ID, { nullable: true, description: 'The alliance it is published to; empty for everyone.' })
  allianceId!: string | null;

  @Field(() => StoryStatus, { description: 'Where it stands.' })
  status!: StoryStatus;

  @Field(() => Boolean, { description: 'Whether its author also shares it on the public door, with people not on Kindred.' })
  isPublic!: boolean;

  @Field(() => Boolean, { description: 'Whether the public door shows the author’s display name with it.' })
  showNamePublicly!: boolean;

  @Field(() => Boolean, { description: 'Whether it is held for review by moderation.' })
  heldForReview!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to its author only, while it is held: why, in kind words.' })
  heldReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Shown to its author only: the moderator’s words when it was declined.' })
  reviewNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => [EncouragementCountObject], { description: 'Encouragement it received.' })
  encouragements!: EncouragementCountObject[];

  @Field(() => [EncouragementKind], { description: 'The encouragement you sent.' })
  myEncouragements!: EncouragementKind[];
}

export const StoryConnection = ConnectionType(StoryObject, 'Story', 'story');

@ObjectType('PublicStory', {
  description: 'A published story its author shared with everyone, as the public door shows it: nothing about its author but the name they chose to show.',
})
export class PublicStoryObject {
  @Field(() => ID, { description: 'Identifier of the story.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { description: 'The story.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'The author’s display name, if they chose to show it; empty otherwise.' })
  authorDisplayName!: string | null;

  @Field(() => Date, { description: 'When it was published.' })
  publishedAt!: Date;
}

export const PublicStoryConnection = ConnectionType(PublicStoryObject, 'PublicStory', 'public story');

@ObjectType('StoryWritten', { description: 'Your story as saved, with gentle language suggestions.' })
export class StoryWrittenObject {
  @Field(() => StoryObject, { description: 'The story, waiting for a moderator’s approval.' })
  story!: StoryObject;

  @Field(() => [LanguageSuggestionObject], {
    description: 'Words others may hear as labels, with person-first alternatives. A nudge only: your story was saved as written.',
  })
  languageSuggestions!: LanguageSuggestionObject[];
}

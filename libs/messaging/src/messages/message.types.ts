import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { LanguageSuggestionObject } from '@kindred/identity';

@ObjectType('Message', { description: 'A message in a conversation, as you may see it.' })
export class MessageObject {
  @Field(() => ID, { description: 'Identifier of the message.' })
  id!: string;

  @Field(() => ID, { description: 'The conversation it belongs to.' })
  conversationId!: string;

  @Field(() => ID, { nullable: true, description: 'Who wrote it; empty once their account was deleted.' })
  authorId!: string | null;

  @Field(() => String, { description: 'The author’s display name, or “Deleted person”.' })
  authorDisplayName!: string;

  @Field(() => Boolean, { description: 'Whether you wrote it.' })
  sentByMe!: boolean;

  @Field(() => String, { nullable: true, description: 'The text; empty once the message was deleted.' })
  body!: string | null;

  @Field(() => Boolean, { description: 'Whether its author deleted it.' })
  deleted!: boolean;

  @Field(() => Boolean, {
    description: 'Whether it is held for review by a moderator; others then see no text until it is restored.',
  })
  heldForReview!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown only to its author while it is held: why, in kind words.' })
  heldReason!: string | null;

  @Field(() => [LanguageSuggestionObject], {
    description:
      'Given to the author right after sending or correcting: words others may hear as labels, with person-first alternatives. A nudge only; empty elsewhere.',
  })
  languageSuggestions!: LanguageSuggestionObject[];

  @Field(() => ID, { nullable: true, description: 'The message this one replies to.' })
  replyToId!: string | null;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last corrected it.' })
  editedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when you may still correct it: set on your own messages only, empty once deleted. After that it can still be deleted.',
  })
  editableUntil!: Date | null;
}

export const MessageConnection = ConnectionType(MessageObject, 'Message', 'message');

/** What happened in a conversation, as told to live subscribers. */
export enum MessageEventKind {
  ADDED = 'ADDED',
  EDITED = 'EDITED',
  DELETED = 'DELETED',
  READ = 'READ',
  MODERATED = 'MODERATED',
}

registerEnumType(MessageEventKind, {
  name: 'MessageEventKind',
  description: 'What happened to a message.',
  valuesMap: {
    ADDED: { description: 'A new message was sent.' },
    EDITED: { description: 'Its author corrected it.' },
    DELETED: { description: 'Its author deleted it.' },
    READ: { description: 'Someone read the conversation up to this message.' },
    MODERATED: { description: 'It was held for review, hidden or restored by moderation.' },
  },
});

@ObjectType('MessageEvent', { description: 'Something that just happened in a conversation you are in.' })
export class MessageEventObject {
  @Field(() => MessageEventKind, { description: 'What happened.' })
  kind!: MessageEventKind;

  @Field(() => ID, { description: 'The conversation.' })
  conversationId!: string;

  @Field(() => MessageObject, { description: 'The message concerned, as it is now.' })
  message!: MessageObject;

  @Field(() => ID, { nullable: true, description: 'Who did it (for READ, the reader).' })
  actorId!: string | null;
}

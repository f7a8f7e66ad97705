import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';

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

  @Field(() => ID, { nullable: true, description: 'The message this one replies to.' })
  replyToId!: string | null;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last corrected it.' })
  editedAt!: Date | null;
}

export const MessageConnection = ConnectionType(MessageObject, 'Message', 'message');

/** What happened in a conversation, as told to live subscribers. */
export enum MessageEventKind {
  ADDED = 'ADDED',
  EDITED = 'EDITED',
  DELETED = 'DELETED',
  READ = 'READ',
}

registerEnumType(MessageEventKind, {
  name: 'MessageEventKind',
  description: 'What happened to a message.',
  valuesMap: {
    ADDED: { description: 'A new message was sent.' },
    EDITED: { description: 'Its author corrected it.' },
    DELETED: { description: 'Its author deleted it.' },
    READ: { description: 'Someone read the conversation up to this message.' },
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

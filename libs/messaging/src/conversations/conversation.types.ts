import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';
import { MessageObject } from '../messages/message.types';
import { ConversationKind } from './conversation.entity';
import { ParticipantRole } from './conversation-participant.entity';

registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description: 'What kind of conversation this is.',
  valuesMap: {
    DIRECT: { description: 'Two people who share an alliance, a mentorship or a circle.' },
    GROUP: { description: 'A group, such as an alliance’s family support group.' },
    MENTORSHIP: { description: 'A peer mentor and the member they mentor, opened when the mentorship starts.' },
    CIRCLE: { description: 'A member’s support circle: the member and the supporters they invited.' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ConversationParticipantRole',
  description: 'What a person may do in a conversation.',
  valuesMap: {
    OWNER: { description: 'Started the group and may add or remove people.' },
    MEMBER: { description: 'Takes part in the conversation.' },
  },
});

@ObjectType('ConversationParticipant', { description: 'A person taking part in a conversation.' })
export class ConversationParticipantObject {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => String, { description: 'The person’s display name.' })
  displayName!: string;

  @Field(() => ParticipantRole, { description: 'What the person may do here.' })
  role!: ParticipantRole;
}

@ObjectType('Conversation', { description: 'A conversation you take part in, with its latest message and what you have not read.' })
export class ConversationObject {
  @Field(() => ID, { description: 'Identifier of the conversation.' })
  id!: string;

  @Field(() => ConversationKind, { description: 'Direct, group or mentorship.' })
  kind!: ConversationKind;

  @Field(() => String, { description: 'The group’s title, or the other person’s display name.' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The alliance a group belongs to.' })
  allianceId!: string | null;

  @Field(() => [ConversationParticipantObject], { description: 'The people in the conversation now.' })
  participants!: ConversationParticipantObject[];

  @Field(() => MessageObject, { nullable: true, description: 'The newest message you can see, if any.' })
  lastMessage!: MessageObject | null;

  @Field(() => Int, { description: 'Messages from others since you last read, not counting deleted ones.' })
  unreadCount!: number;

  @Field(() => Boolean, { description: 'Whether you muted it: messages still arrive, without notifications.' })
  muted!: boolean;

  @Field(() => Date, { description: 'When something last happened here: the newest message, or the start.' })
  lastActivityAt!: Date;

  @Field(() => Boolean, { description: 'Whether it was archived (a mentorship that ended): it can be read, not written in.' })
  archived!: boolean;
}

export const ConversationConnection = ConnectionType(ConversationObject, 'Conversation', 'conversation');

@ArgsType()
export class ConversationMessagesArgs extends PageArgs {
  @Field(() => ID, { description: 'The conversation whose messages to list.' })
  conversationId!: string;
}

@ObjectType('SupporterGroup', { description: 'An alliance group where families and friends support each other.' })
export class SupporterGroupObject {
  @Field(() => ID, { description: 'The group’s conversation.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => Boolean, { description: 'Whether you are in it.' })
  joined!: boolean;

  @Field(() => Int, { description: 'How many people are in it.' })
  participantCount!: number;
}

@ObjectType('AllianceGroup', { description: 'A group conversation of an alliance, as its coordinators see it: who is in it, never what is said.' })
export class AllianceGroupObject {
  @Field(() => ID, { description: 'The group’s conversation.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => Boolean, { description: 'Whether it is a supporter group, for families and friends, rather than a members’ group.' })
  supporterGroup!: boolean;

  @Field(() => Int, { description: 'How many people are in it now.' })
  participantCount!: number;

  @Field(() => [ConversationParticipantObject], { description: 'The people in it now, in the order they joined.' })
  participants!: ConversationParticipantObject[];
}

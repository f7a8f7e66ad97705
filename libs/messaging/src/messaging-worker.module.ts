import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@kindred/identity';
import { MESSAGING_ENTITIES } from './messaging.module';
import { BlockList } from './blocks/block-list.service';
import { MentorshipContacts } from './contacts/mentorship-contacts';
import { CircleConversations } from './conversations/circle-conversations';
import { ConversationEventsPublisher } from './live/conversation-events.publisher';
import { MessageContentSource } from './moderation/message-content.source';
import { MessageSentHandler } from './notifications/message-sent.handler';
import { MessagingPersonalData } from './privacy/messaging-personal-data';

/**
 * Worker side of messaging: who to tell of a new message, its messages as moderation sees
 * them, and its share of export and erasure.
 */
@Module({
  imports: [TypeOrmModule.forFeature(MESSAGING_ENTITIES), IdentityWorkerModule],
  providers: [MessageSentHandler, MessagingPersonalData, MessageContentSource, ConversationEventsPublisher, MentorshipContacts, CircleConversations, BlockList],
  exports: [MentorshipContacts, CircleConversations, BlockList],
})
export class MessagingWorkerModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MESSAGING_ENTITIES } from './messaging.module';
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
  imports: [TypeOrmModule.forFeature(MESSAGING_ENTITIES)],
  providers: [MessageSentHandler, MessagingPersonalData, MessageContentSource, ConversationEventsPublisher, MentorshipContacts, CircleConversations],
  exports: [MentorshipContacts, CircleConversations],
})
export class MessagingWorkerModule {}
